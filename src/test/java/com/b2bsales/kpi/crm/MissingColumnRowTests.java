package com.b2bsales.kpi.crm;

import static com.b2bsales.kpi.crm.CrmRows.at;
import static com.b2bsales.kpi.crm.CrmRows.day;
import static com.b2bsales.kpi.crm.CrmRows.deal;
import static com.b2bsales.kpi.crm.CrmRows.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A null where crm-schema.md allows none makes the row untrusted, in every table ("missing <column>"). */
class MissingColumnRowTests {

    private static final ReportContext Q2 = ReportContext.of(ReportPeriod.quarter(2026, 2), day("2026-06-30"));

    static Stream<Arguments> rowsMissingAColumn() {
        OpportunityRow won = CrmRows.won(1, "2026-04-01T09:00", "2026-04-20T09:00", 100);
        return Stream.of(
                arguments(new SalesRepRow(null, "Ann", null, day("2025-01-01"), null), "missing id"),
                arguments(new SalesRepRow("1", null, null, day("2025-01-01"), null), "missing name"),
                arguments(new SalesRepRow("1", "Ann", null, null, null), "missing hired_on"),
                arguments(new LeadRow(null, at("2026-04-01T09:00"), null, null, null, null), "missing id"),
                arguments(new LeadRow("1", null, null, null, at("2026-04-02T09:00"), null), "missing created_at"),
                arguments(new OpportunityRow(null, "1", "1", at("2026-04-01T09:00"), "Won", "WON", money(1), null,
                        null, at("2026-04-20T09:00")), "missing id"),
                arguments(deal(1).createdAt(null).status("WON").closedAt("2026-04-20T09:00").amount(1).build(),
                        "missing created_at"),
                arguments(deal(1).createdAt("2026-04-01T09:00").stage(null).build(), "missing stage"),
                arguments(deal(1).createdAt("2026-04-01T09:00").status(null).build(), "missing status"),
                arguments(new StageSpanRow(won, null, at("2026-04-01T09:00"), null), "missing stage"),
                arguments(new StageSpanRow(won, "Discovery", null, null), "missing entered_at"),
                arguments(new QuotaRow(null, day("2026-04-01"), day("2026-07-01"), money(1)), "missing rep_id"),
                arguments(new QuotaRow("1", null, day("2026-07-01"), money(1)), "missing period_start"),
                arguments(new QuotaRow("1", day("2026-04-01"), null, money(1)), "missing period_end"),
                arguments(new ForecastRow(null, null, day("2026-04-01"), day("2026-07-01"), money(1),
                        at("2026-03-01T09:00")), "missing id"),
                arguments(new ForecastRow("1", null, null, day("2026-07-01"), money(1), at("2026-03-01T09:00")),
                        "missing period_start"),
                arguments(new ForecastRow("1", null, day("2026-04-01"), null, money(1), at("2026-03-01T09:00")),
                        "missing period_end"),
                arguments(new ForecastRow("1", null, day("2026-04-01"), day("2026-07-01"), money(1), null),
                        "missing submitted_at"),
                arguments(new ExpenseRow(null, day("2026-04-01"), "SALES", money(1)), "missing id"),
                arguments(new ExpenseRow("1", null, "SALES", money(1)), "missing incurred_on"),
                arguments(new ExpenseRow("1", day("2026-04-01"), null, money(1)), "missing category"),
                arguments(new TimeEntryRow(null, day("2026-04-01"), money(8), money(4)), "missing rep_id"),
                arguments(new TimeEntryRow("1", null, money(8), money(4)), "missing work_date"),
                arguments(new TimeEntryRow("1", day("2026-04-01"), null, money(4)), "missing total_hours"),
                arguments(new TimeEntryRow("1", day("2026-04-01"), money(8), null), "missing selling_hours"),
                arguments(new ContractRow(null, "1", day("2026-04-01"), null, money(1)), "missing id"),
                arguments(new ContractRow("1", null, day("2026-04-01"), null, money(1)), "missing account_id"),
                arguments(new ContractRow("1", "1", null, null, money(1)), "missing start_date"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("rowsMissingAColumn")
    void shouldDistrustARowWithANullInAColumnTheContractDoesNotMarkNullable(CrmRow row, String rule) {
        // when / then: judged without a NullPointerException, under a rule of the row's own table
        assertThat(row.brokenRule()).hasValueSatisfying(broken -> {
            assertThat(broken.description()).isEqualTo(rule);
            assertThat(broken.table()).isEqualTo(row.table());
        });
        assertThat(row.concerns(Q2)).isTrue();
    }

    static Stream<CrmRow> rowsMissingTheColumnThatPlacesThemInAPeriod() {
        return Stream.of(
                deal(1).createdAt(null).build(),
                new LeadRow("1", null, null, null, null, null),
                new SalesRepRow("1", "Ann", null, null, null),
                new QuotaRow("1", null, null, money(1)),
                new ForecastRow("1", null, null, day("2020-04-01"), money(1), at("2020-03-01T09:00")),
                new ExpenseRow("1", null, "SALES", money(1)),
                new TimeEntryRow("1", null, money(8), money(4)),
                new ContractRow("1", "1", null, day("2010-01-01"), money(1)));
    }

    @ParameterizedTest
    @MethodSource("rowsMissingTheColumnThatPlacesThemInAPeriod")
    void shouldCountARowThatCannotBePlacedOutsideThePeriodInEveryPeriod(CrmRow row) {
        ReportContext longAgo = ReportContext.of(ReportPeriod.quarter(2020, 2), day("2020-06-30"));

        assertThat(row.concerns(Q2)).isTrue();
        assertThat(row.concerns(longAgo)).isTrue();
        assertThat(row.brokenRule()).isPresent();
    }
}
