package com.b2bsales.kpi.metrics;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * Reps with a quota greater than 0 and, of those, the reps whose revenue won reached it: the inputs of
 * {@link MetricId#QUOTA_ATTAINMENT_RATE}, for the company, a team or one rep (then each 0 or 1, so that lines add up).
 */
public record QuotaAttainment(long withQuota, long atQuota) {

    /** One rep's quota against their revenue. */
    static QuotaAttainment of(BigDecimal quota, BigDecimal revenue) {
        boolean withQuota = quota.signum() > 0;
        return new QuotaAttainment(withQuota ? 1 : 0, withQuota && revenue.compareTo(quota) >= 0 ? 1 : 0);
    }

    /** Every rep's quota against the revenue each won. */
    static QuotaAttainment of(Map<String, BigDecimal> quotaByRep, Function<String, BigDecimal> revenueOf) {
        QuotaAttainment all = new QuotaAttainment(0, 0);
        for (Map.Entry<String, BigDecimal> quota : quotaByRep.entrySet()) {
            all = all.plus(of(quota.getValue(), revenueOf.apply(quota.getKey())));
        }
        return all;
    }

    QuotaAttainment plus(QuotaAttainment other) {
        return new QuotaAttainment(withQuota + other.withQuota, atQuota + other.atQuota);
    }
}
