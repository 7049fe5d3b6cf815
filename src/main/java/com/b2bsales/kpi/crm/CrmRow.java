package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.io.Serializable;
import java.util.Optional;

/**
 * A row read from the CRM: it knows its table, whether it can be trusted, and when it concerns a
 * period. Rows are serializable because a tally may hold one (the chosen forecast, the contracts of
 * the account being gathered) in the execution context it saves at every commit.
 */
public interface CrmRow extends Serializable {

    CrmTable table();

    /** The first trust rule the row breaks, if any. */
    Optional<TrustRule> brokenRule();

    /** Whether the row counts towards the period's data-quality shares (metrics.md). */
    boolean concerns(ReportContext context);
}
