package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.Account;
import com.b2bsales.kpi.demo.DemoRows.Contract;
import com.b2bsales.kpi.demo.DemoRows.Expense;
import com.b2bsales.kpi.demo.DemoRows.Forecast;
import com.b2bsales.kpi.demo.DemoRows.Lead;
import com.b2bsales.kpi.demo.DemoRows.Opportunity;
import com.b2bsales.kpi.demo.DemoRows.Quota;
import com.b2bsales.kpi.demo.DemoRows.SalesRep;
import com.b2bsales.kpi.demo.DemoRows.StageEntry;
import com.b2bsales.kpi.demo.DemoRows.TimeEntry;
import java.util.List;
import java.util.function.Function;

/**
 * A CRM table as the demo writers see it: its columns and how a generated row fills them. Both writers (JDBC
 * batches for the embedded H2 demo, bulk files for MySQL/MariaDB) take the values from here, so a column is
 * mapped in one place.
 *
 * @param keyColumns how many of the first columns identify a row: a spoiled row replaces the row with that key
 */
record DemoTable<T>(String name, List<String> columns, int keyColumns, Function<T, Object[]> values) {

    static final DemoTable<SalesRep> SALES_REP = new DemoTable<>("sales_rep",
            List.of("id", "name", "email", "team", "region", "hired_on", "left_on"), 1,
            rep -> new Object[] {rep.id(), rep.name(), rep.email(), rep.team().label(), rep.region(), rep.hiredOn(),
                    rep.leftOn()});

    static final DemoTable<Account> ACCOUNT = new DemoTable<>("account",
            List.of("id", "name", "industry", "created_at"), 1,
            account -> new Object[] {account.id(), account.name(), account.industry(), account.createdAt()});

    static final DemoTable<Lead> SALES_LEAD = new DemoTable<>("sales_lead",
            List.of("id", "created_at", "source", "owner_rep_id", "account_id", "qualified_at", "converted_at",
                    "disqualified_at"), 1,
            lead -> new Object[] {lead.id(), lead.createdAt(), lead.source(), lead.ownerRepId(), lead.accountId(),
                    lead.qualifiedAt(), lead.convertedAt(), lead.disqualifiedAt()});

    static final DemoTable<Opportunity> OPPORTUNITY = new DemoTable<>("opportunity",
            List.of("id", "account_id", "owner_rep_id", "lead_id", "created_at", "stage", "status", "amount", "units",
                    "expected_close_date", "closed_at"), 1,
            deal -> new Object[] {deal.id(), deal.accountId(), deal.ownerRepId(), deal.leadId(), deal.createdAt(),
                    deal.stage(), deal.status(), deal.amount(), deal.units(), deal.expectedCloseDate(),
                    deal.closedAt()});

    static final DemoTable<StageEntry> STAGE_HISTORY = new DemoTable<>("opportunity_stage_history",
            List.of("opportunity_id", "stage", "entered_at"), 3,
            entry -> new Object[] {entry.opportunityId(), entry.stage(), entry.enteredAt()});

    static final DemoTable<Quota> QUOTA = new DemoTable<>("quota",
            List.of("rep_id", "period_start", "period_end", "amount"), 3,
            quota -> new Object[] {quota.repId(), quota.periodStart(), quota.periodEnd(), quota.amount()});

    static final DemoTable<Forecast> FORECAST = new DemoTable<>("forecast",
            List.of("id", "team", "period_start", "period_end", "amount", "submitted_at"), 1,
            forecast -> new Object[] {forecast.id(), forecast.team(), forecast.periodStart(), forecast.periodEnd(),
                    forecast.amount(), forecast.submittedAt()});

    static final DemoTable<Expense> EXPENSE = new DemoTable<>("expense",
            List.of("id", "incurred_on", "category", "amount"), 1,
            expense -> new Object[] {expense.id(), expense.incurredOn(), expense.category(), expense.amount()});

    static final DemoTable<TimeEntry> TIME_ENTRY = new DemoTable<>("time_entry",
            List.of("rep_id", "work_date", "total_hours", "selling_hours"), 2,
            entry -> new Object[] {entry.repId(), entry.workDate(), entry.totalHours(), entry.sellingHours()});

    static final DemoTable<Contract> CONTRACT = new DemoTable<>("contract",
            List.of("id", "account_id", "start_date", "end_date", "annual_value"), 1,
            contract -> new Object[] {contract.id(), contract.accountId(), contract.startDate(), contract.endDate(),
                    contract.annualValue()});

    /** The ten CRM tables, in the order of crm-schema.md. */
    static final List<DemoTable<?>> ALL = List.of(SALES_REP, ACCOUNT, SALES_LEAD, OPPORTUNITY, STAGE_HISTORY, QUOTA,
            FORECAST, EXPENSE, TIME_ENTRY, CONTRACT);

    static final List<String> NAMES = ALL.stream().map(DemoTable::name).toList();

    String insertSql() {
        return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
    }

    String deleteByKeySql() {
        return "DELETE FROM " + name + " WHERE "
                + String.join(" AND ", columns.subList(0, keyColumns).stream().map(column -> column + " = ?").toList());
    }
}
