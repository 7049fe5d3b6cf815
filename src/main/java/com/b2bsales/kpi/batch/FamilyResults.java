package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.metrics.ConversionTally;
import com.b2bsales.kpi.metrics.CustomerTally;
import com.b2bsales.kpi.metrics.Family;
import com.b2bsales.kpi.metrics.FamilyTallies;
import com.b2bsales.kpi.metrics.PipelineTally;
import com.b2bsales.kpi.metrics.RevenueTally;
import com.b2bsales.kpi.metrics.SalesTeamTally;
import com.b2bsales.kpi.metrics.Tally;
import com.b2bsales.kpi.quality.DataQualityTally;
import com.b2bsales.kpi.quality.TrustFilter;
import com.b2bsales.kpi.team.TeamTallies;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the family steps of a run hand to the workbook: each family's tallies and the data-quality
 * counts, taken from the execution context of each family step's completed execution in the run's job
 * instance. That context is saved when the step completes, in whichever execution of the run it
 * completed: a resumed run, which skips the steps that completed before, finds them there too.
 */
record FamilyResults(Map<Family, TeamTallies> tallies, DataQualityTally quality) {

    static FamilyResults of(JobRepository jobRepository, JobExecution job) {
        Map<Family, TeamTallies> tallies = new EnumMap<>(Family.class);
        DataQualityTally quality = new DataQualityTally();
        for (FamilyStep family : FamilyStep.values()) {
            StepExecution last = jobRepository.getLastStepExecution(job.getJobInstance(), family.stepName());
            if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("The step " + family.stepName() + " of execution " + job.getId()
                        + " did not complete: " + (last == null ? "it never ran" : last.getStatus()));
            }
            ExecutionContext saved = last.getExecutionContext();
            tallies.put(family.family(), SavedTallies.get(saved, family.tallyKey()));
            quality.addAll((DataQualityTally) saved.get(TrustFilter.keyFor(family.stepName())));
        }
        return new FamilyResults(tallies, quality);
    }

    /** The company's tallies, or a team's: its own for every family but the customers, which stay company-wide. */
    FamilyTallies of(Optional<String> team) {
        return new FamilyTallies(
                (RevenueTally) tally(Family.REVENUE, team),
                (ConversionTally) tally(Family.CONVERSION, team),
                (PipelineTally) tally(Family.PIPELINE, team),
                (CustomerTally) tally(Family.CUSTOMERS, team),
                (SalesTeamTally) tally(Family.SALES_TEAM, team));
    }

    private Tally tally(Family family, Optional<String> team) {
        TeamTallies saved = tallies.get(family);
        return team.map(saved::team).orElse(saved.company());
    }
}
