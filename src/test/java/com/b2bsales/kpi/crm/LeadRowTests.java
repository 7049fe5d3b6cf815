package com.b2bsales.kpi.crm;

import static com.b2bsales.kpi.crm.CrmRows.lead;
import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeadRowTests {

    @Test
    void shouldDistrustALeadQualifiedBeforeItWasCreated() {
        // given
        LeadRow lead = lead(1, "2026-04-10T10:00", "2026-04-10T09:00", null);

        // when / then
        assertThat(lead.brokenRule()).contains(TrustRule.LEAD_QUALIFIED_BEFORE_CREATED);
    }

    @Test
    void shouldDistrustALeadConvertedBeforeItWasCreated() {
        // given
        LeadRow lead = lead(1, "2026-04-10T10:00", null, "2026-04-09T23:59");

        // when / then
        assertThat(lead.brokenRule()).contains(TrustRule.LEAD_CONVERTED_BEFORE_CREATED);
    }

    @Test
    void shouldTrustALeadQualifiedAndConvertedTheMomentItWasCreated() {
        // given
        LeadRow lead = lead(1, "2026-04-10T10:00", "2026-04-10T10:00", "2026-04-10T10:00");

        // when / then
        assertThat(lead.brokenRule()).isEmpty();
    }

    @Test
    void shouldConcernThePeriodWhenCreatedInTheWindow() {
        // given 2026-Q2 complete: W = [04-01, 07-01)
        ReportContext q2 = ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-07-31"));

        // when / then
        assertThat(lead(1, "2026-04-01T00:00", null, null).concerns(q2)).isTrue();
        assertThat(lead(2, "2026-07-01T00:00", null, null).concerns(q2)).isFalse();
        assertThat(lead(3, "2026-03-31T23:59", "2026-04-02T00:00", null).concerns(q2)).isFalse();
    }
}
