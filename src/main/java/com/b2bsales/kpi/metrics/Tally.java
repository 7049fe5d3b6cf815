package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.CrmRow;
import java.io.Serializable;

/**
 * The running totals of one family step, one set per context of the horizon. A tally is saved in
 * the step's execution context at every commit, so a restarted step carries on from the last
 * committed chunk instead of counting rows twice.
 */
public interface Tally extends Serializable {

    /** Adds a trusted row; rows of tables the tally does not use are ignored. */
    void add(CrmRow row);
}
