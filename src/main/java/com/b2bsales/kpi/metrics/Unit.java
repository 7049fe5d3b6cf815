package com.b2bsales.kpi.metrics;

/** How a metric's number reads: it decides the cell format and how a change is expressed. */
public enum Unit {
    /** A fraction shown as a percentage; changes are in percentage points. */
    RATIO,
    /** An amount in the report currency; changes are relative. */
    MONEY,
    /** Money per day. */
    MONEY_PER_DAY,
    /** Calendar days. */
    DAYS,
    /** Hours worked. */
    HOURS,
    /** Years (customer lifetime). */
    YEARS,
    /** A whole number. */
    COUNT,
    /** A multiple such as 3.0x. */
    MULTIPLE
}
