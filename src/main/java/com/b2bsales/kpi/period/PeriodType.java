package com.b2bsales.kpi.period;

/** The three lengths a report period can have; each knows its own label format. */
public enum PeriodType {
    QUARTER, MONTH, YEAR
}
