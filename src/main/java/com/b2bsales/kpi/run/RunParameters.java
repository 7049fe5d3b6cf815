package com.b2bsales.kpi.run;

import com.b2bsales.kpi.crm.CrmSource;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import com.b2bsales.kpi.period.ReportPeriod;
import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identity of a run as Spring Batch job parameters: the period, the as-of date (normalized to
 * the period's last day when it is complete), the CRM source it reads and a run number, 0 for the
 * first run and one more for each fresh run after it ({@code --rerun}, or a run whose data was
 * rejected).
 */
public record RunParameters(ReportContext context, CrmSource source, long rerun) {

    static final String PERIOD = "period";
    static final String AS_OF = "asOf";
    static final String SOURCE = "source";
    static final String RERUN = "rerun";

    public RunParameters(ReportContext context, CrmSource source) {
        this(context, source, 0);
    }

    public static RunParameters of(JobParameters parameters) {
        ReportPeriod period = ReportPeriod.parse(parameters.getString(PERIOD));
        LocalDate asOf = LocalDate.parse(parameters.getString(AS_OF));
        Long rerun = parameters.getLong(RERUN);
        return new RunParameters(ReportContext.of(period, asOf), CrmSource.parse(parameters.getString(SOURCE)),
                rerun == null ? 0 : rerun);
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(PERIOD, context.period().label())
                .addString(AS_OF, context.asOf().toString())
                .addString(SOURCE, source.id())
                .addLong(RERUN, rerun)
                .toJobParameters();
    }

    public ReportHorizon horizon(int trendPeriods) {
        return ReportHorizon.of(context, trendPeriods);
    }

    /** Same period, as-of date and source, whatever the run number. */
    public boolean sameRunAs(RunParameters other) {
        return context.equals(other.context) && source.equals(other.source);
    }

    public RunParameters withRerun(long number) {
        return new RunParameters(context, source, number);
    }

    @Override
    public String toString() {
        return context.period().label() + " as of " + context.asOf() + (rerun > 0 ? " (rerun " + rerun + ")" : "");
    }
}
