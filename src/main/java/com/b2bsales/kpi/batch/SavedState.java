package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.team.TeamRoster;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a resumed run starts from: the job execution context of its latest execution (the team
 * roster) and the context of each family step's last execution in the run (its tallies, its
 * data-quality counts). A release reads them with its own classes; a run left unfinished by an
 * earlier release may have saved them with classes this one moved or changed. Such a run cannot be
 * resumed: Spring Batch would fail on it at every start, a report stuck for good. It is read afresh
 * instead ({@code ReportLauncher}).
 */
public final class SavedState {

    private SavedState() {
    }

    /** Why this release cannot resume the run of the execution from its saved state, if it cannot. */
    public static Optional<String> unreadable(JobRepository jobRepository, JobExecution latest) {
        Optional<String> job = SavedContexts.unreadable(latest.getExecutionContext()).or(() -> rosterUnreadable(latest));
        if (job.isPresent()) {
            return job;
        }
        for (FamilyStep family : FamilyStep.values()) {
            StepExecution last = jobRepository.getLastStepExecution(latest.getJobInstance(), family.stepName());
            if (last == null) {
                continue;
            }
            ExecutionContext saved = last.getExecutionContext();
            Optional<String> step = SavedContexts.unreadable(saved)
                    .or(() -> saved.containsKey(family.tallyKey()) ? SavedTallies.unreadable(saved, family.tallyKey())
                            : Optional.empty());
            if (step.isPresent()) {
                return step.map(why -> "step " + family.stepName() + ": " + why);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> rosterUnreadable(JobExecution latest) {
        Object roster = latest.getExecutionContext().get(TeamRosterTasklet.ROSTER);
        return roster == null || roster instanceof TeamRoster ? Optional.empty()
                : Optional.of("its team roster is a " + roster.getClass().getName() + ", not a " + TeamRoster.class.getName());
    }
}
