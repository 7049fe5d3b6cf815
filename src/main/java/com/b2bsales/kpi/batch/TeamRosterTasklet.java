package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.system.CrmDatabase;
import com.b2bsales.kpi.team.TeamRoster;
import com.b2bsales.kpi.team.Teams;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The job's first step: the teams of {@code report.teams} with their reps, kept in the job's
 * execution context. The family steps route each row to its team's tally from it; a resumed run
 * finds the roster it started with, so the rows before and after the failure are routed alike.
 */
@Component
public class TeamRosterTasklet implements Tasklet {

    static final String ROSTER = "teams.roster";

    private final Teams teams;
    private final CrmDatabase crm;

    TeamRosterTasklet(Teams teams, CrmDatabase crm) {
        this.teams = teams;
        this.crm = crm;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        TeamRoster roster = teams.roster(() -> crm.readers().allSalesReps());
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext().put(ROSTER, roster);
        return RepeatStatus.FINISHED;
    }

    public static TeamRoster rosterOf(JobExecution job) {
        Object roster = job.getExecutionContext().get(ROSTER);
        return roster == null ? TeamRoster.NONE : (TeamRoster) roster;
    }
}
