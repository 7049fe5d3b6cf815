package com.b2bsales.kpi.crm;

import static com.b2bsales.kpi.crm.CrmRows.span;
import static com.b2bsales.kpi.crm.CrmRows.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StageSpanRowTests {

    @Test
    void shouldLastUntilTheDealEnteredItsNextStage() {
        // given
        OpportunityRow deal = won(1, "2026-04-01T12:00", "2026-04-10T12:00", 1_000);

        // when
        double days = span(deal, "Qualify", "2026-04-01T12:00", "2026-04-03T00:00").days();

        // then 36 hours = 1.5 days
        assertThat(days).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void shouldLastUntilTheDealClosedForItsLastStage() {
        // given
        OpportunityRow deal = won(1, "2026-04-01T12:00", "2026-04-10T12:00", 1_000);

        // when
        double days = span(deal, "Negotiate", "2026-04-06T12:00", null).days();

        // then 04-06 12:00 to 04-10 12:00 = 4 days
        assertThat(days).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void shouldBeLeftOutWithAnUntrustedDealUnderTheDealsRule() {
        // given a deal with status 'won'
        OpportunityRow deal = CrmRows.deal(1).createdAt("2026-04-01T12:00").status("won")
                .closedAt("2026-04-10T12:00").amount(1_000).build();

        // when / then
        assertThat(span(deal, "Qualify", "2026-04-01T12:00", null).brokenRule())
                .contains(TrustRule.OPPORTUNITY_STATUS);
    }
}
