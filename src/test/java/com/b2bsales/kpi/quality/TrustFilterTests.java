package com.b2bsales.kpi.quality;

import static com.b2bsales.kpi.crm.CrmRows.at;
import static com.b2bsales.kpi.crm.CrmRows.contract;
import static com.b2bsales.kpi.crm.CrmRows.day;
import static com.b2bsales.kpi.crm.CrmRows.deal;
import static com.b2bsales.kpi.crm.CrmRows.expense;
import static com.b2bsales.kpi.crm.CrmRows.forecast;
import static com.b2bsales.kpi.crm.CrmRows.lead;
import static com.b2bsales.kpi.crm.CrmRows.quota;
import static com.b2bsales.kpi.crm.CrmRows.span;
import static com.b2bsales.kpi.crm.CrmRows.timeEntry;
import static com.b2bsales.kpi.crm.CrmRows.won;
import static com.b2bsales.kpi.quality.QualityTallies.countedBy;
import static com.b2bsales.kpi.quality.QualityTallies.tallyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.b2bsales.kpi.crm.ContractRow;
import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.crm.ExpenseRow;
import com.b2bsales.kpi.crm.ForecastRow;
import com.b2bsales.kpi.crm.OpportunityRow;
import com.b2bsales.kpi.crm.QuotaRow;
import com.b2bsales.kpi.crm.TrustRule;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class TrustFilterTests {

    /** 2026-Q2 as of 05-15: W = [04-01, 05-16), P = [04-01, 07-01). */
    private static final ReportContext Q2_TO_DATE = ReportContext.of(ReportPeriod.quarter(2026, 2), day("2026-05-15"));

    private static final BigDecimal NEGATIVE = new BigDecimal("-1");

    /** One row breaking each rule, each concerning 2026-Q2 to date. */
    static Stream<Arguments> untrustedRowsOfThePeriod() {
        return Stream.of(
                arguments(deal(1).createdAt("2026-04-10T09:00").status("won").closedAt("2026-04-20T09:00").amount(1).build(),
                        TrustRule.OPPORTUNITY_STATUS),
                arguments(deal(2).createdAt("2026-04-10T09:00").status("WON ").closedAt("2026-04-20T09:00").amount(1).build(),
                        TrustRule.OPPORTUNITY_STATUS),
                arguments(deal(3).createdAt("2026-04-10T09:00").status("WON").closedAt("2026-04-20T09:00")
                        .amount((BigDecimal) null).build(), TrustRule.OPPORTUNITY_AMOUNT),
                arguments(deal(4).createdAt("2026-03-10T09:00").status("LOST").closedAt("2026-04-20T09:00")
                        .amount(NEGATIVE).build(), TrustRule.OPPORTUNITY_AMOUNT),
                arguments(deal(5).createdAt("2026-04-10T09:00").status("WON").amount(1).build(),
                        TrustRule.OPPORTUNITY_CLOSED_AT_MISSING),
                arguments(won(6, "2026-04-20T09:00", "2026-04-10T09:00", 1), TrustRule.OPPORTUNITY_CLOSED_BEFORE_CREATED),
                arguments(lead(1, "2026-04-10T09:00", "2026-04-09T09:00", null), TrustRule.LEAD_QUALIFIED_BEFORE_CREATED),
                arguments(lead(2, "2026-04-10T09:00", null, "2026-04-09T09:00"), TrustRule.LEAD_CONVERTED_BEFORE_CREATED),
                arguments(contract(1, 1, "2026-05-01", "2026-05-01", 1), TrustRule.CONTRACT_ENDS_BEFORE_START),
                arguments(new ContractRow("2", "2", day("2025-01-01"), null, null), TrustRule.CONTRACT_VALUE),
                arguments(timeEntry(1, "2026-04-10", "-8", "0"), TrustRule.TIME_ENTRY_NEGATIVE_HOURS),
                arguments(timeEntry(1, "2026-05-15", "8", "9"), TrustRule.TIME_ENTRY_SELLING_OVER_TOTAL),
                arguments(new ExpenseRow("1", day("2026-04-01"), "MARKETING", null), TrustRule.EXPENSE_AMOUNT),
                arguments(new ExpenseRow("2", day("2026-05-15"), "OFFICE", NEGATIVE), TrustRule.EXPENSE_AMOUNT),
                arguments(new QuotaRow("1", day("2026-04-01"), day("2026-07-01"), null), TrustRule.QUOTA_AMOUNT),
                arguments(new QuotaRow("1", day("2026-06-01"), day("2026-07-01"), NEGATIVE), TrustRule.QUOTA_AMOUNT),
                arguments(new ForecastRow("1", null, day("2026-04-01"), day("2026-07-01"), null, at("2026-03-01T09:00")),
                        TrustRule.FORECAST_AMOUNT),
                arguments(new ForecastRow("2", "EMEA", day("2026-04-01"), day("2026-07-01"), NEGATIVE,
                        at("2026-03-01T09:00")), TrustRule.FORECAST_AMOUNT));
    }

    @ParameterizedTest
    @MethodSource("untrustedRowsOfThePeriod")
    void shouldLeaveAnUntrustedRowOutAndCountItUnderItsRuleOnly(CrmRow row, TrustRule rule) {
        // given
        TrustFilter filter = new TrustFilter("step", Q2_TO_DATE, Set.of(row.table()));

        // when
        CrmRow passed = filter.process(row);

        // then
        DataQualityTally tally = countedBy(filter);
        assertThat(passed).isNull();
        assertThat(tally.rows(rule.table())).isEqualTo(1);
        assertThat(tally.untrusted(rule)).isEqualTo(1);
        assertThat(Arrays.stream(TrustRule.values()).filter(other -> other != rule))
                .allSatisfy(other -> assertThat(tally.untrusted(other)).as(other.name()).isZero());
    }

    /** One untrusted row per table, none of them concerning 2026-Q2 to date. */
    static Stream<CrmRow> untrustedRowsOutsideThePeriod() {
        return Stream.of(
                deal(1).createdAt("2026-03-01T09:00").status("won").closedAt("2026-03-20T09:00").amount(1).build(),
                deal(2).createdAt("2026-05-16T00:00").status("WON").amount(1).build(), // created at C
                won(3, "2026-05-20T09:00", "2026-03-31T23:59", 1), // closed before created, neither in W
                lead(1, "2026-03-31T23:59", "2026-03-30T09:00", null),
                lead(2, "2026-05-16T00:00", null, "2026-05-15T09:00"),
                new ContractRow("1", "1", day("2025-01-01"), day("2026-04-01"), null), // ended on P.start
                new ContractRow("2", "2", day("2026-05-16"), null, NEGATIVE), // starts on C
                timeEntry(1, "2026-05-16", "-1", "0"),
                new ExpenseRow("1", day("2026-03-31"), "SALES", NEGATIVE),
                new QuotaRow("1", day("2026-01-01"), day("2027-01-01"), NEGATIVE), // a year: not within P
                new ForecastRow("1", null, day("2026-07-01"), day("2026-10-01"), null, at("2026-03-01T09:00")));
    }

    @ParameterizedTest
    @MethodSource("untrustedRowsOutsideThePeriod")
    void shouldLeaveOutButNotCountAnUntrustedRowThatDoesNotConcernThePeriod(CrmRow row) {
        // given
        TrustFilter filter = new TrustFilter("step", Q2_TO_DATE, Set.of(row.table()));

        // when
        CrmRow passed = filter.process(row);

        // then
        DataQualityTally tally = countedBy(filter);
        assertThat(passed).isNull();
        assertThat(tally.rows(row.table())).isZero();
        assertThat(tally.untrusted(row.table())).isZero();
    }

    @Test
    void shouldPassTrustedRowsAndCountThoseThatConcernThePeriod() {
        // given two trusted deals of the period and one of the quarter before
        OpportunityRow inWindow = won(1, "2026-04-10T09:00", "2026-04-20T09:00", 1_000);
        OpportunityRow closedInWindow = won(2, "2026-01-10T09:00", "2026-04-20T09:00", 1_000);
        OpportunityRow before = won(3, "2026-01-10T09:00", "2026-03-20T09:00", 1_000);
        TrustFilter filter = new TrustFilter("step", Q2_TO_DATE, Set.of(CrmTable.OPPORTUNITY));

        // when
        List<CrmRow> passed = Stream.of(inWindow, closedInWindow, before).map(filter::process).map(CrmRow.class::cast)
                .toList();

        // then every trusted row goes on to the tallies; two concern the period
        assertThat(passed).containsExactly(inWindow, closedInWindow, before);
        assertThat(countedBy(filter).rows(CrmTable.OPPORTUNITY)).isEqualTo(2);
        assertThat(countedBy(filter).untrusted(CrmTable.OPPORTUNITY)).isZero();
    }

    @Test
    void shouldNotCountTablesAnotherStepAnswersFor() {
        // given a step that answers for opportunities only, reading an untrusted lead
        TrustFilter filter = new TrustFilter("step", Q2_TO_DATE, Set.of(CrmTable.OPPORTUNITY));

        // when
        CrmRow passed = filter.process(lead(1, "2026-04-10T09:00", "2026-04-09T09:00", null));

        // then left out, but counted by the other step only
        assertThat(passed).isNull();
        assertThat(countedBy(filter).rows(CrmTable.SALES_LEAD)).isZero();
        assertThat(countedBy(filter).untrusted(TrustRule.LEAD_QUALIFIED_BEFORE_CREATED)).isZero();
    }

    @Test
    void shouldLeaveAStageOfAnUntrustedDealOutWithoutCountingTheDealAgain() {
        // given a stage row of a WON deal without an amount, closed in the window
        OpportunityRow deal = deal(1).createdAt("2026-04-01T09:00").status("WON").closedAt("2026-04-20T09:00")
                .amount((BigDecimal) null).build();
        TrustFilter filter = new TrustFilter("stages", Q2_TO_DATE,
                Set.of(CrmTable.OPPORTUNITY_STAGE_HISTORY));

        // when
        CrmRow passed = filter.process(span(deal, "Qualify", "2026-04-01T09:00", null));

        // then the deal is counted by the step that reads opportunities
        assertThat(passed).isNull();
        assertThat(countedBy(filter).untrusted(TrustRule.OPPORTUNITY_AMOUNT)).isZero();
    }

    @Test
    void shouldCarryOnCountingAfterARestart() {
        // given a step that counted one untrusted deal before it stopped
        OpportunityRow untrusted = deal(1).createdAt("2026-04-10T09:00").status("won").closedAt("2026-04-20T09:00")
                .amount(1).build();
        TrustFilter before = new TrustFilter("step", Q2_TO_DATE, Set.of(CrmTable.OPPORTUNITY));
        before.process(untrusted);
        ExecutionContext saved = new ExecutionContext();
        before.update(saved);

        // when the restarted step opens with the saved state and reads one more
        TrustFilter after = new TrustFilter("step", Q2_TO_DATE, Set.of(CrmTable.OPPORTUNITY));
        after.open(saved);
        after.process(deal(2).createdAt("2026-04-10T09:00").status("won").closedAt("2026-04-20T09:00").amount(1).build());

        // then
        assertThat(countedBy(after).untrusted(TrustRule.OPPORTUNITY_STATUS)).isEqualTo(2);
        assertThat(countedBy(after).rows(CrmTable.OPPORTUNITY)).isEqualTo(2);
    }

    @Test
    void shouldCountEveryTableOfAMixedRead() {
        // given trusted and untrusted rows of several tables
        List<CrmRow> rows = List.of(
                won(1, "2026-04-10T09:00", "2026-04-20T09:00", 1_000),
                won(2, "2026-04-20T09:00", "2026-04-10T09:00", 1_000),
                lead(1, "2026-04-10T09:00", null, null),
                contract(1, 1, "2025-01-01", null, 1_000),
                expense(1, "2026-04-10", "SALES", 100),
                quota(1, "2026-04-01", "2026-07-01", 100),
                forecast(1, null, "2026-04-01", "2026-07-01", 100, "2026-03-01T09:00"));

        // when
        DataQualityTally tally = tallyOf(Q2_TO_DATE, rows);

        // then
        assertThat(tally.rows(CrmTable.OPPORTUNITY)).isEqualTo(2);
        assertThat(tally.untrusted(CrmTable.OPPORTUNITY)).isEqualTo(1);
        assertThat(tally.rows(CrmTable.SALES_LEAD)).isEqualTo(1);
        assertThat(tally.rows(CrmTable.CONTRACT)).isEqualTo(1);
        assertThat(tally.rows(CrmTable.EXPENSE)).isEqualTo(1);
        assertThat(tally.rows(CrmTable.QUOTA)).isEqualTo(1);
        assertThat(tally.rows(CrmTable.FORECAST)).isEqualTo(1);
        assertThat(tally.rows(CrmTable.TIME_ENTRY)).isZero();
    }

    @Test
    void shouldLeaveOutAndCountASecondRowWithTheIdJustReadTheFirstCounts() {
        // given a view that returns deal 7 twice, one after the other (the queries are ordered by id)
        OpportunityRow first = won(7, "2026-04-10T09:00", "2026-04-20T09:00", 1_000);
        OpportunityRow copy = won(7, "2026-04-10T09:00", "2026-04-20T09:00", 2_000);
        OpportunityRow next = won(8, "2026-04-10T09:00", "2026-04-20T09:00", 1_000);
        TrustFilter filter = new TrustFilter("step", Q2_TO_DATE, Set.of(CrmTable.OPPORTUNITY));

        // when
        List<CrmRow> passed = Stream.of(first, copy, next).map(filter::process).toList();

        // then
        assertThat(passed).containsExactly(first, null, next);
        assertThat(countedBy(filter).rows(CrmTable.OPPORTUNITY)).isEqualTo(3);
        assertThat(countedBy(filter).untrusted(TrustRule.OPPORTUNITY_DUPLICATE_ID)).isEqualTo(1);
        assertThat(TrustRule.OPPORTUNITY_DUPLICATE_ID.description()).isEqualTo("duplicate id");
    }

    @Test
    void shouldKnowTheLastIdReadAfterARestartAndPerTable() {
        // given a step that committed after deal 7 and lead 7, then stopped
        TrustFilter before = new TrustFilter("step", Q2_TO_DATE, Set.of(CrmTable.OPPORTUNITY, CrmTable.SALES_LEAD));
        before.process(lead(7, "2026-04-10T09:00", null, null));
        before.process(won(7, "2026-04-10T09:00", "2026-04-20T09:00", 1_000));
        ExecutionContext saved = new ExecutionContext();
        before.update(saved);

        // when the restarted step reads the copy of deal 7 that came next, and lead 8
        TrustFilter after = new TrustFilter("step", Q2_TO_DATE, Set.of(CrmTable.OPPORTUNITY, CrmTable.SALES_LEAD));
        after.open(saved);
        CrmRow copy = after.process(won(7, "2026-04-10T09:00", "2026-04-20T09:00", 1_000));
        CrmRow lead = after.process(lead(8, "2026-04-10T09:00", null, null));

        // then
        assertThat(copy).isNull();
        assertThat(lead).isNotNull();
        assertThat(countedBy(after).untrusted(TrustRule.OPPORTUNITY_DUPLICATE_ID)).isEqualTo(1);
        assertThat(countedBy(after).untrusted(CrmTable.SALES_LEAD)).isZero();
    }

    @Test
    void shouldLeaveADuplicateOutOfAStepThatDoesNotCountItsTable() {
        // given the revenue step, which reads deals but answers for no table
        TrustFilter filter = new TrustFilter("revenue", Q2_TO_DATE, Set.of());
        OpportunityRow deal = won(7, "2026-04-10T09:00", "2026-04-20T09:00", 1_000);

        // when / then
        assertThat(filter.process(deal)).isSameAs(deal);
        assertThat(filter.process(deal)).isNull();
        assertThat(countedBy(filter).untrusted(TrustRule.OPPORTUNITY_DUPLICATE_ID)).isZero();
    }

    @Test
    void shouldCountARowWithoutTheColumnThatPlacesItInThePeriod() {
        // given a deal without created_at, never closed
        TrustFilter filter = new TrustFilter("step", Q2_TO_DATE, Set.of(CrmTable.OPPORTUNITY));

        // when
        CrmRow passed = filter.process(deal(1).createdAt(null).amount(1).build());

        // then
        assertThat(passed).isNull();
        assertThat(countedBy(filter).rows(CrmTable.OPPORTUNITY)).isEqualTo(1);
        assertThat(countedBy(filter).untrusted(TrustRule.OPPORTUNITY_MISSING_CREATED_AT)).isEqualTo(1);
    }
}
