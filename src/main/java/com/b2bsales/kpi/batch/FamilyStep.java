package com.b2bsales.kpi.batch;

import static com.b2bsales.kpi.crm.CrmTable.*;

import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.metrics.ConversionTally;
import com.b2bsales.kpi.metrics.CustomerTally;
import com.b2bsales.kpi.metrics.Family;
import com.b2bsales.kpi.metrics.PipelineTally;
import com.b2bsales.kpi.metrics.RevenueTally;
import com.b2bsales.kpi.metrics.SalesTeamTally;
import com.b2bsales.kpi.metrics.Tally;
import com.b2bsales.kpi.period.ReportHorizon;
import com.b2bsales.kpi.team.TeamRoster;
import com.b2bsales.kpi.team.TeamTallies;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The step of each metric {@link Family}, in the job's order: its name in the job repository (which a resumed
 * run looks its steps up by, so it never changes), the CRM tables it counts for the Data Quality
 * sheet, and the tallies its rows go to.
 *
 * <p>Each CRM table's rows are counted for the Data Quality sheet by exactly one step: the one whose
 * queries cover the rows that concern the period (opportunities and leads by the conversion step,
 * forecasts by the pipeline step, and so on).
 */
enum FamilyStep {

    REVENUE(Family.REVENUE, "revenue", Set.of(), (horizon, team) -> new RevenueTally(horizon), true),
    CONVERSION(Family.CONVERSION, "conversion", Set.of(SALES_LEAD, OPPORTUNITY, OPPORTUNITY_STAGE_HISTORY),
            (horizon, team) -> new ConversionTally(horizon), true),
    PIPELINE(Family.PIPELINE, "pipeline", Set.of(FORECAST), PipelineTally::new, true),
    /** Company-wide in a team's workbook too (workbook.md: the customer metrics). */
    CUSTOMERS(Family.CUSTOMERS, "customers", Set.of(CONTRACT, EXPENSE), (horizon, team) -> new CustomerTally(horizon),
            false),
    SALES_TEAM(Family.SALES_TEAM, "salesTeam", Set.of(SALES_REP, QUOTA, TIME_ENTRY),
            (horizon, team) -> new SalesTeamTally(horizon), true);

    private final Family family;
    private final String stepName;
    private final Set<CrmTable> countedTables;
    private final BiFunction<ReportHorizon, Optional<String>, Tally> tallyFor;
    private final boolean perTeam;

    /**
     * @param tallyFor a new tally for the company (no team) or for one team
     * @param perTeam  whether a team's workbook restricts this family to the team
     */
    FamilyStep(Family family, String stepName, Set<CrmTable> countedTables,
            BiFunction<ReportHorizon, Optional<String>, Tally> tallyFor, boolean perTeam) {
        this.family = family;
        this.stepName = stepName;
        this.countedTables = countedTables;
        this.tallyFor = tallyFor;
        this.perTeam = perTeam;
    }

    /** The family step of that name, if it is one. */
    static Optional<FamilyStep> named(String stepName) {
        return Arrays.stream(values()).filter(step -> step.stepName.equals(stepName)).findFirst();
    }

    Family family() {
        return family;
    }

    String stepName() {
        return stepName;
    }

    Set<CrmTable> countedTables() {
        return countedTables;
    }

    /** Empty tallies for a run: the company's and, where a team's workbook restricts the family to the team, each team's. */
    TeamTallies newTallies(ReportHorizon horizon, TeamRoster roster) {
        return new TeamTallies(perTeam ? roster : TeamRoster.NONE, team -> tallyFor.apply(horizon, team));
    }

    /** Where the step keeps its tallies in its execution context. */
    String tallyKey() {
        return stepName + ".tally";
    }
}
