package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.crm.TeamRoster;
import com.b2bsales.kpi.delivery.MailSettings;
import com.b2bsales.kpi.system.CrmDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The job's first step: the teams of {@code report.mail.teams} with their reps, kept in the job's
 * execution context. The family steps route each row to its team's tally from it; a resumed run
 * finds the roster it started with, so the rows before and after the failure are routed alike.
 */
@Component
public class TeamRosterTasklet implements Tasklet {

    static final String ROSTER = "teams.roster";

    private static final Logger log = LoggerFactory.getLogger(TeamRosterTasklet.class);

    private final MailSettings mail;
    private final CrmDatabase crm;

    TeamRosterTasklet(MailSettings mail, CrmDatabase crm) {
        this.mail = mail;
        this.crm = crm;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        TeamRoster roster = mail.teams().isEmpty() ? TeamRoster.NONE
                : TeamRoster.of(mail.teams().keySet(),
                        crm.readers().allSalesReps());
        for (String team : roster.teams()) {
            if (roster.reps(team).isEmpty()) {
                log.warn("Team '{}' of report.mail.teams has no rep in the CRM (sales_rep.team): its workbook will be empty",
                        team);
            }
        }
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext().put(ROSTER, roster);
        return RepeatStatus.FINISHED;
    }

    public static TeamRoster rosterOf(JobExecution job) {
        Object roster = job.getExecutionContext().get(ROSTER);
        return roster == null ? TeamRoster.NONE : (TeamRoster) roster;
    }
}
