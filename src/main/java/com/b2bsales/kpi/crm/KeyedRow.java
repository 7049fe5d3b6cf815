package com.b2bsales.kpi.crm;

/**
 * A row of a table with an id (every table but {@code quota}, {@code time_entry} and
 * {@code opportunity_stage_history}): a second row with an id already read breaks the rule
 * "duplicate id". The id is null when the column is (rule "missing id").
 */
public interface KeyedRow extends CrmRow {

    String id();
}
