package com.b2bsales.kpi.workbook;

import static com.b2bsales.kpi.metrics.MetricId.*;
import static java.util.Map.entry;

import com.b2bsales.kpi.metrics.MetricId;
import com.b2bsales.kpi.metrics.MetricResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * A metric's value as a live Excel formula over the inputs shown beside it, where the formula is
 * simple (rates, averages, growth), so that a reader can audit it. Inputs are named by the labels
 * the calculator gives them; {@code {0}}, {@code {1}}... stand for their cells. Sums and counts of
 * rows (total revenue, qualified leads) have no formula: their inputs are the CRM rows themselves.
 */
final class InputFormulas {

    /** A formula over the inputs with these labels. */
    record Template(String expression, List<String> inputs) {

        static Template of(String expression, String... inputs) {
            return new Template(expression, List.of(inputs));
        }
    }

    static final Map<MetricId, Template> TEMPLATES = Map.ofEntries(
            entry(REVENUE_GROWTH, Template.of("({0}-{1})/{1}", "Revenue", "Previous period revenue")),
            entry(AVERAGE_DEAL_SIZE, Template.of("{0}/{1}", "Revenue", "Deals won")),
            entry(LEAD_CONVERSION_RATE, Template.of("{0}/{1}", "Leads converted", "Leads created")),
            entry(OPPORTUNITY_CONVERSION_RATE, Template.of("{0}/{1}", "Opportunities won", "Opportunities created")),
            entry(SALES_CYCLE_LENGTH, Template.of("{0}/{1}", "Total days", "Deals won")),
            entry(WIN_RATE, Template.of("{0}/{1}", "Deals won", "Deals won or lost")),
            entry(PIPELINE_VELOCITY, Template.of("{0}*{1}*{2}/{3}", "Qualified leads", "Win rate", "Average deal size",
                    "Sales cycle length")),
            entry(FORECAST_ACCURACY, Template.of("1-ABS({0}-{1})/{0}", "Revenue", "Forecast")),
            entry(PIPELINE_COVERAGE, Template.of("{0}/{1}", "Open pipeline", "Remaining quota")),
            entry(CUSTOMER_ACQUISITION_COST, Template.of("{0}/{1}", "Marketing and sales spend", "New customers")),
            entry(CUSTOMER_LIFETIME_VALUE, Template.of("{0}*{1}", "ARPA (annual)", "Average lifetime (years)")),
            entry(CHURN_RATE, Template.of("{0}/{1}", "Accounts lost", "Active on first day")),
            entry(CUSTOMER_RETENTION_RATE, Template.of("({0}-{1})/{2}", "Active on last day", "New customers",
                    "Active on first day")),
            entry(QUOTA_ATTAINMENT_RATE, Template.of("{0}/{1}", "Reps at or above quota", "Reps with a quota")),
            entry(REP_PRODUCTIVITY, Template.of("{0}/{1}", "Revenue", "Active reps")),
            entry(TIME_SPENT_SELLING, Template.of("{0}/{1}", "Selling hours", "Total hours")));

    private InputFormulas() {
    }

    /**
     * The formula of an available metric over the cells of its numeric inputs (by label); empty when
     * the metric has no formula, is n/a, or an input it needs is not a number. The formula's inputs
     * are never zero where they divide: then the metric is n/a.
     */
    static Optional<String> formula(MetricResult result, Map<String, CellReference> numericInputs) {
        Template template = TEMPLATES.get(result.id());
        if (template == null || !result.value().available()
                || !numericInputs.keySet().containsAll(template.inputs())) {
            return Optional.empty();
        }
        String formula = template.expression();
        for (int i = 0; i < template.inputs().size(); i++) {
            formula = formula.replace("{" + i + "}", numericInputs.get(template.inputs().get(i)).formatAsString());
        }
        return Optional.of(formula);
    }
}
