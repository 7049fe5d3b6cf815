package com.b2bsales.kpi.crm;

import static com.b2bsales.kpi.crm.CrmRows.deal;
import static com.b2bsales.kpi.crm.CrmRows.won;
import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpportunityRowTests {

    /** 2026-Q2 as of 05-15: W = [04-01, 05-16). */
    private static final ReportContext Q2_TO_DATE =
            ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-05-15"));

    @Test
    void shouldTrustAWonDealWithAnAmountAndAClosingTime() {
        // given
        OpportunityRow deal = won(1, "2026-04-01T09:00", "2026-04-20T10:00", 10_000);

        // when / then
        assertThat(deal.brokenRule()).isEmpty();
        assertThat(deal.won()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"won", "WON ", " WON", "Won", "CLOSED", ""})
    void shouldDistrustAStatusThatIsNotExactlyOpenWonOrLost(String status) {
        // given case and spaces count
        OpportunityRow deal = deal(1).createdAt("2026-04-01T09:00").status(status).closedAt("2026-04-20T10:00")
                .amount(10_000).build();

        // when / then
        assertThat(deal.brokenRule()).contains(TrustRule.OPPORTUNITY_STATUS);
        assertThat(deal.won()).isFalse();
    }

    @Test
    void shouldDistrustANullAmount() {
        // given
        OpportunityRow deal = deal(1).createdAt("2026-04-01T09:00").status("WON").closedAt("2026-04-20T10:00")
                .amount((BigDecimal) null).build();

        // when / then
        assertThat(deal.brokenRule()).contains(TrustRule.OPPORTUNITY_AMOUNT);
    }

    @Test
    void shouldDistrustANegativeAmountButTrustZero() {
        // given
        OpportunityRow negative = deal(1).createdAt("2026-04-01T09:00").status("WON").closedAt("2026-04-20T10:00")
                .amount(new BigDecimal("-0.01")).build();
        OpportunityRow zero = deal(2).createdAt("2026-04-01T09:00").status("WON").closedAt("2026-04-20T10:00")
                .amount(0).build();

        // when / then
        assertThat(negative.brokenRule()).contains(TrustRule.OPPORTUNITY_AMOUNT);
        assertThat(zero.brokenRule()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"WON", "LOST"})
    void shouldDistrustAClosedStatusWithoutClosedAt(String status) {
        // given
        OpportunityRow deal = deal(1).createdAt("2026-04-01T09:00").status(status).amount(10_000).build();

        // when / then
        assertThat(deal.brokenRule()).contains(TrustRule.OPPORTUNITY_CLOSED_AT_MISSING);
    }

    @Test
    void shouldTrustAnOpenDealWithoutClosedAt() {
        // given
        OpportunityRow deal = deal(1).createdAt("2026-04-01T09:00").amount(10_000).expectedClose("2026-06-01").build();

        // when / then
        assertThat(deal.brokenRule()).isEmpty();
    }

    @Test
    void shouldDistrustADealClosedBeforeItWasCreated() {
        // given closed one minute before it was created
        OpportunityRow deal = won(1, "2026-04-10T10:00", "2026-04-10T09:59", 10_000);

        // when / then
        assertThat(deal.brokenRule()).contains(TrustRule.OPPORTUNITY_CLOSED_BEFORE_CREATED);
    }

    @Test
    void shouldTrustADealClosedTheMomentItWasCreated() {
        // given
        OpportunityRow deal = won(1, "2026-04-10T10:00", "2026-04-10T10:00", 10_000);

        // when / then
        assertThat(deal.brokenRule()).isEmpty();
    }

    @Test
    void shouldConcernThePeriodWhenCreatedOrClosedInTheWindow() {
        // given W = [04-01, 05-16)
        OpportunityRow createdIn = deal(1).createdAt("2026-04-01T00:00").amount(1).build();
        OpportunityRow closedIn = won(2, "2026-01-10T09:00", "2026-05-15T23:59", 1);
        OpportunityRow createdBeforeClosedAfter = won(3, "2026-03-31T23:59", "2026-05-16T00:00", 1);
        OpportunityRow openFromBefore = deal(4).createdAt("2026-03-01T09:00").amount(1).build();

        // when / then created_at or closed_at in W
        assertThat(createdIn.concerns(Q2_TO_DATE)).isTrue();
        assertThat(closedIn.concerns(Q2_TO_DATE)).isTrue();
        assertThat(createdBeforeClosedAfter.concerns(Q2_TO_DATE)).isFalse();
        assertThat(openFromBefore.concerns(Q2_TO_DATE)).isFalse();
    }

    @Test
    void shouldBeWonInTheWindowOnlyWhenWonAndClosedInIt() {
        // given
        OpportunityRow wonAtStart = won(1, "2026-03-01T09:00", "2026-04-01T00:00", 1);
        OpportunityRow wonAtCutoff = won(2, "2026-03-01T09:00", "2026-05-16T00:00", 1);
        OpportunityRow lostInWindow = CrmRows.lost(3, "2026-03-01T09:00", "2026-04-10T00:00", 1);

        // when / then
        assertThat(wonAtStart.wonIn(Q2_TO_DATE)).isTrue();
        assertThat(wonAtCutoff.wonIn(Q2_TO_DATE)).isFalse();
        assertThat(lostInWindow.wonIn(Q2_TO_DATE)).isFalse();
    }
}
