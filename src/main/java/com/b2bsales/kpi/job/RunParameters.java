package com.b2bsales.kpi.job;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import com.b2bsales.kpi.period.ReportPeriod;
import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identity of a run as Spring Batch job parameters: the period, the as-of date (normalized to
 * the period's last day when it is complete) and a rerun number, 0 unless {@code --rerun} asked
 * for a new run of a completed period.
 */
public record RunParameters(ReportContext context, long rerun) {

    static final String PERIOD = "period";
    static final String AS_OF = "asOf";
    static final String RERUN = "rerun";

    public static RunParameters of(JobParameters parameters) {
        ReportPeriod period = ReportPeriod.parse(parameters.getString(PERIOD));
        LocalDate asOf = LocalDate.parse(parameters.getString(AS_OF));
        Long rerun = parameters.getLong(RERUN);
        return new RunParameters(ReportContext.of(period, asOf), rerun == null ? 0 : rerun);
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(PERIOD, context.period().label())
                .addString(AS_OF, context.asOf().toString())
                .addLong(RERUN, rerun)
                .toJobParameters();
    }

    public ReportHorizon horizon(int trendPeriods) {
        return ReportHorizon.of(context, trendPeriods);
    }

    /** Same period and as-of date, whatever the rerun number. */
    public boolean sameRunAs(RunParameters other) {
        return context.equals(other.context);
    }

    public RunParameters withRerun(long number) {
        return new RunParameters(context, number);
    }

    @Override
    public String toString() {
        return context.period().label() + " as of " + context.asOf() + (rerun > 0 ? " (rerun " + rerun + ")" : "");
    }
}
