package com.b2bsales.kpi.quality;

import static com.b2bsales.kpi.crm.CrmRows.day;
import static com.b2bsales.kpi.crm.CrmRows.deal;
import static com.b2bsales.kpi.crm.CrmRows.lead;
import static com.b2bsales.kpi.crm.CrmRows.won;
import static com.b2bsales.kpi.quality.QualityTallies.tallyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.crm.OpportunityRow;
import com.b2bsales.kpi.crm.TrustRule;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataQualityReportTests {

    /** 2026-Q2, complete. */
    private static final ReportContext Q2 = ReportContext.of(ReportPeriod.quarter(2026, 2), day("2026-07-15"));

    private static final double DEFAULT_LIMIT = 0.05;

    private static List<CrmRow> trustedDeals(int count, int firstId) {
        List<CrmRow> deals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            deals.add(won(firstId + i, "2026-04-10T09:00", "2026-05-10T09:00", 1_000));
        }
        return deals;
    }

    private static List<CrmRow> lowercaseWonDeals(int count, int firstId) {
        List<CrmRow> deals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            deals.add(deal(firstId + i).createdAt("2026-04-10T09:00").status("won").closedAt("2026-05-10T09:00")
                    .amount(1_000).build());
        }
        return deals;
    }

    private static List<CrmRow> dealsWithoutAmount(int count, int firstId) {
        List<CrmRow> deals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OpportunityRow row = deal(firstId + i).createdAt("2026-04-10T09:00").status("WON")
                    .closedAt("2026-05-10T09:00").amount((BigDecimal) null).build();
            deals.add(row);
        }
        return deals;
    }

    private static DataQualityReport reportOf(double limit, List<List<CrmRow>> parts) {
        List<CrmRow> rows = new ArrayList<>();
        parts.forEach(rows::addAll);
        return DataQualityReport.of(tallyOf(Q2, rows), limit);
    }

    @Test
    void shouldFailAboveTheLimitNamingTheTableAndTheRule() {
        // given 6 of 100 opportunities with status 'won': 6% > 5%
        DataQualityReport report = reportOf(DEFAULT_LIMIT, List.of(trustedDeals(94, 1), lowercaseWonDeals(6, 1_000)));

        // when / then
        assertThatThrownBy(report::requireWithinLimit).isInstanceOf(UntrustedDataException.class)
                .hasMessageContaining("opportunity")
                .hasMessageContaining("status not exactly OPEN, WON or LOST")
                .hasMessageContaining("6 of 100");
    }

    @Test
    void shouldPassAtTheLimit() {
        // given 5 of 100: 5% does not exceed 5%
        DataQualityReport report = reportOf(DEFAULT_LIMIT, List.of(trustedDeals(95, 1), lowercaseWonDeals(5, 1_000)));

        // when / then
        assertThatCode(report::requireWithinLimit).doesNotThrowAnyException();
        assertThat(report.worstOverLimit()).isEmpty();
    }

    @Test
    void shouldTakeTheLimitFromConfiguration() {
        // given 6 of 100 with a limit of 10%
        DataQualityReport report = reportOf(0.10, List.of(trustedDeals(94, 1), lowercaseWonDeals(6, 1_000)));

        // when / then
        assertThatCode(report::requireWithinLimit).doesNotThrowAnyException();
    }

    @Test
    void shouldNameTheRuleMostRowsBreak() {
        // given 43 trusted opportunities, 4 with status 'won' and 3 without an amount: 7 / 50 = 14%
        DataQualityReport report = reportOf(DEFAULT_LIMIT,
                List.of(trustedDeals(43, 1), lowercaseWonDeals(4, 1_000), dealsWithoutAmount(3, 2_000)));

        // when / then
        assertThatThrownBy(report::requireWithinLimit).isInstanceOf(UntrustedDataException.class)
                .hasMessageContaining("opportunity")
                .hasMessageContaining("7 of 50")
                .hasMessageContaining("status not exactly OPEN, WON or LOST");
    }

    @Test
    void shouldNameTheWorstTableWhenSeveralAreOverTheLimit() {
        // given leads: 1 bad of 10 (10%); opportunities: 20 bad of 100 (20%)
        List<CrmRow> leads = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            leads.add(lead(i, "2026-04-10T09:00", null, null));
        }
        leads.add(lead(9, "2026-04-10T09:00", "2026-04-09T09:00", null));
        DataQualityReport report = reportOf(DEFAULT_LIMIT,
                List.of(leads, trustedDeals(80, 1), lowercaseWonDeals(20, 1_000)));

        // when / then
        assertThat(report.worstOverLimit()).get().extracting(TableQuality::table).isEqualTo(CrmTable.OPPORTUNITY);
        assertThatThrownBy(report::requireWithinLimit).hasMessageContaining("opportunity")
                .hasMessageContaining("20 of 100");
    }

    @Test
    void shouldNotCountUntrustedRowsOfOtherPeriodsAgainstTheLimit() {
        // given 10 trusted deals of Q2 and 10 untrusted ones created and closed in Q1
        List<CrmRow> olderBad = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            olderBad.add(deal(1_000 + i).createdAt("2026-01-10T09:00").status("won").closedAt("2026-02-10T09:00")
                    .amount(1).build());
        }
        DataQualityReport report = reportOf(DEFAULT_LIMIT, List.of(trustedDeals(10, 1), olderBad));

        // when / then
        assertThatCode(report::requireWithinLimit).doesNotThrowAnyException();
        assertThat(report.totalRows()).isEqualTo(10);
        assertThat(report.totalUntrusted()).isZero();
    }

    @Test
    void shouldListEachTableWithItsRulesAndShares() {
        // given 2 untrusted of 8 opportunities, no lead at all
        DataQualityReport report = reportOf(DEFAULT_LIMIT, List.of(trustedDeals(6, 1), lowercaseWonDeals(2, 1_000)));

        // when
        TableQuality opportunities = report.tables().stream().filter(t -> t.table() == CrmTable.OPPORTUNITY)
                .findFirst().orElseThrow();
        TableQuality leads = report.tables().stream().filter(t -> t.table() == CrmTable.SALES_LEAD)
                .findFirst().orElseThrow();

        // then 2 / 8 = 0.25; a table without rows has a share of 0
        assertThat(opportunities.rows()).isEqualTo(8);
        assertThat(opportunities.untrusted()).isEqualTo(2);
        assertThat(opportunities.untrustedShare()).isCloseTo(0.25, within(1e-9));
        assertThat(opportunities.untrustedByRule()).containsEntry(TrustRule.OPPORTUNITY_STATUS, 2L);
        assertThat(leads.rows()).isZero();
        assertThat(leads.untrustedShare()).isZero();
    }

    @Test
    void shouldListTheRulesEveryTableHasOnlyWhenARowBrokeThem() {
        // given trusted deals, one deal repeated, and one without created_at
        List<CrmRow> rows = new ArrayList<>(trustedDeals(40, 1));
        rows.add(won(40, "2026-04-10T09:00", "2026-05-10T09:00", 1_000));
        rows.add(deal(90).createdAt(null).amount(1).build());

        // when
        DataQualityReport report = DataQualityReport.of(tallyOf(Q2, rows), DEFAULT_LIMIT);

        // then the table's own rules always, the others when broken; contracts show their own rules only
        TableQuality opportunities = report.tables().stream().filter(t -> t.table() == CrmTable.OPPORTUNITY)
                .findFirst().orElseThrow();
        assertThat(opportunities.untrustedByRule().keySet()).containsExactly(TrustRule.OPPORTUNITY_AMOUNT,
                TrustRule.OPPORTUNITY_STATUS, TrustRule.OPPORTUNITY_CLOSED_AT_MISSING,
                TrustRule.OPPORTUNITY_CLOSED_BEFORE_CREATED, TrustRule.OPPORTUNITY_MISSING_CREATED_AT,
                TrustRule.OPPORTUNITY_DUPLICATE_ID);
        assertThat(opportunities.rows()).isEqualTo(42);
        assertThat(opportunities.untrusted()).isEqualTo(2);
        assertThat(report.tables().stream().filter(t -> t.table() == CrmTable.CONTRACT).findFirst().orElseThrow()
                .untrustedByRule().keySet()).containsExactly(TrustRule.CONTRACT_ENDS_BEFORE_START, TrustRule.CONTRACT_VALUE);
    }
}
