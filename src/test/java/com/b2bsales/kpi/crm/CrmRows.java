package com.b2bsales.kpi.crm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Builds CRM rows for tests from short literals: dates as {@code "2026-04-01"}, timestamps as
 * {@code "2026-04-01T23:00"}, amounts as whole units of money or decimal strings. A null literal
 * is a null column.
 */
public final class CrmRows {

    public static final String DEFAULT_REP = "1";
    public static final String DEFAULT_ACCOUNT = "1";

    private CrmRows() {
    }

    public static LocalDate day(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    public static LocalDateTime at(String timestamp) {
        return timestamp == null ? null : LocalDateTime.parse(timestamp);
    }

    public static BigDecimal money(long amount) {
        return BigDecimal.valueOf(amount);
    }

    public static BigDecimal money(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }

    /** A deal, built step by step; by default OPEN, amount 0, owned by {@link #DEFAULT_REP}. */
    public static Deal deal(long id) {
        return new Deal(id);
    }

    /** A deal WON at {@code closedAt}, created at {@code createdAt}. */
    public static OpportunityRow won(long id, String createdAt, String closedAt, long amount) {
        return deal(id).createdAt(createdAt).status(OpportunityRow.WON).closedAt(closedAt).amount(amount).build();
    }

    /** A deal LOST at {@code closedAt}, created at {@code createdAt}. */
    public static OpportunityRow lost(long id, String createdAt, String closedAt, long amount) {
        return deal(id).createdAt(createdAt).status(OpportunityRow.LOST).closedAt(closedAt).amount(amount).build();
    }

    /** A deal still OPEN, expected to close on {@code expectedClose}. */
    public static OpportunityRow open(long id, String createdAt, String expectedClose, long amount) {
        return deal(id).createdAt(createdAt).amount(amount).expectedClose(expectedClose).build();
    }

    public static LeadRow lead(long id, String createdAt, String qualifiedAt, String convertedAt) {
        return new LeadRow(String.valueOf(id), at(createdAt), DEFAULT_REP, null, at(qualifiedAt), at(convertedAt));
    }

    public static ContractRow contract(long id, long accountId, String startDate, String endDate, long annualValue) {
        return new ContractRow(String.valueOf(id), String.valueOf(accountId), day(startDate), day(endDate), money(annualValue));
    }

    public static SalesRepRow rep(long id, String hiredOn, String leftOn) {
        return new SalesRepRow(String.valueOf(id), "Rep " + id, "Team A", day(hiredOn), day(leftOn));
    }

    public static QuotaRow quota(long repId, String periodStart, String periodEnd, long amount) {
        return new QuotaRow(String.valueOf(repId), day(periodStart), day(periodEnd), money(amount));
    }

    public static ForecastRow forecast(long id, String team, String periodStart, String periodEnd, long amount,
            String submittedAt) {
        return new ForecastRow(String.valueOf(id), team, day(periodStart), day(periodEnd), money(amount), at(submittedAt));
    }

    public static ExpenseRow expense(long id, String incurredOn, String category, long amount) {
        return new ExpenseRow(String.valueOf(id), day(incurredOn), category, money(amount));
    }

    public static TimeEntryRow timeEntry(long repId, String workDate, String totalHours, String sellingHours) {
        return new TimeEntryRow(String.valueOf(repId), day(workDate), money(totalHours), money(sellingHours));
    }

    public static StageSpanRow span(OpportunityRow deal, String stage, String enteredAt, String leftAt) {
        return new StageSpanRow(deal, stage, at(enteredAt), at(leftAt));
    }

    /** A mutable builder of {@link OpportunityRow}s; every column can be set, including to values the trust rules reject. */
    public static final class Deal {
        private final long id;
        private String accountId = DEFAULT_ACCOUNT;
        private String ownerRepId = DEFAULT_REP;
        private LocalDateTime createdAt = LocalDateTime.of(2026, 1, 1, 9, 0);
        private String stage = "Discovery";
        private String status = OpportunityRow.OPEN;
        private BigDecimal amount = BigDecimal.ZERO;
        private Integer units;
        private LocalDate expectedCloseDate;
        private LocalDateTime closedAt;

        private Deal(long id) {
            this.id = id;
        }

        public Deal createdAt(String timestamp) {
            createdAt = at(timestamp);
            return this;
        }

        public Deal status(String value) {
            status = value;
            return this;
        }

        public Deal closedAt(String timestamp) {
            closedAt = at(timestamp);
            return this;
        }

        public Deal amount(long value) {
            amount = money(value);
            return this;
        }

        public Deal amount(BigDecimal value) {
            amount = value;
            return this;
        }

        public Deal units(Integer value) {
            units = value;
            return this;
        }

        public Deal owner(Long repId) {
            ownerRepId = repId == null ? null : String.valueOf(repId);
            return this;
        }

        public Deal expectedClose(String date) {
            expectedCloseDate = day(date);
            return this;
        }

        public Deal stage(String value) {
            stage = value;
            return this;
        }

        public OpportunityRow build() {
            return new OpportunityRow(String.valueOf(id), accountId, ownerRepId, createdAt, stage, status, amount, units,
                    expectedCloseDate, closedAt);
        }
    }
}
