package com.b2bsales.kpi.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How a metric's value, the figures shown beside it and its Excel formula follow from its inputs. Most metrics are a
 * {@link Ratio} of two counted inputs: its Java value and its formula come from the same two operands, so the
 * workbook's formula and the job's number cannot drift apart.
 */
public sealed interface Rule permits Rule.Quotient, Rule.Amount, Rule.Computed {

    /**
     * The metric's value in the period.
     *
     * @param earlier the values of the metrics declared before this one, in the same period
     */
    MetricValue value(PeriodTotals period, Function<MetricId, MetricValue> earlier);

    /** The operands shown beside the metric, in this order. */
    List<Operand> shown();

    /** What is shown after the operands: texts, or figures by stage. */
    default List<Figure> more(PeriodTotals period) {
        return List.of();
    }

    /** The Excel formula over the operands' cells; empty when the metric has none or a cell it needs is missing. */
    Optional<String> formula(Map<Operand, String> cells);

    // ---- the declarations

    /** {@code numerator / denominator}, n/a with the reason when the denominator is 0. */
    static Ratio ratio(Term numerator, Input denominator, String whenZero) {
        return new Ratio(numerator, denominator, whenZero);
    }

    /** {@code minuend - subtrahend}, as the numerator of a ratio. */
    static Difference difference(Input minuend, Input subtrahend) {
        return new Difference(minuend, subtrahend);
    }

    /** {@code sum / count} in floating point, n/a with the reason when the count is 0. */
    static Mean mean(Input sum, Input count, String whenNone) {
        return new Mean(sum, count, whenNone, period -> List.of());
    }

    /** A sum or count of CRM rows, its own input; it has no formula, the figures beside it explain it. */
    static Amount amount(Input input, Operand... shown) {
        return new Amount(input, List.of(shown));
    }

    /**
     * A value computed by code, with the Excel formula over the operands shown: {@code {0}} stands for the cell of
     * the first operand, {@code {1}} for the second's, and so on.
     */
    static Computed computed(BiFunction<PeriodTotals, Function<MetricId, MetricValue>, MetricValue> value,
            String formula, Operand... shown) {
        return new Computed(value, List.of(shown), period -> List.of(), formula);
    }

    // ---- the kinds of rule

    /** What a ratio divides: an input, or the difference of two. */
    sealed interface Term permits Input, Difference {

        BigDecimal amount(Inputs inputs);

        String excel(Map<Operand, String> cells);

        Stream<Input> inputs();
    }

    record Difference(Input minuend, Input subtrahend) implements Term {

        @Override
        public BigDecimal amount(Inputs inputs) {
            return minuend.amount(inputs).subtract(subtrahend.amount(inputs));
        }

        @Override
        public String excel(Map<Operand, String> cells) {
            return "(" + cells.get(minuend) + "-" + cells.get(subtrahend) + ")";
        }

        @Override
        public Stream<Input> inputs() {
            return Stream.of(minuend, subtrahend);
        }
    }

    /** A rule whose value follows from inputs alone, so also for a line of the breakdown by team and rep. */
    sealed interface Quotient extends Rule permits Ratio, Mean {

        MetricValue value(Inputs inputs);

        @Override
        default MetricValue value(PeriodTotals period, Function<MetricId, MetricValue> earlier) {
            return value(period);
        }

        @Override
        default Optional<String> formula(Map<Operand, String> cells) {
            return cells.keySet().containsAll(shown()) ? Optional.of(excel(cells)) : Optional.empty();
        }

        String excel(Map<Operand, String> cells);
    }

    record Ratio(Term numerator, Input denominator, String whenZero) implements Quotient {

        @Override
        public MetricValue value(Inputs inputs) {
            return MetricValue.ratio(numerator.amount(inputs), denominator.amount(inputs), whenZero);
        }

        @Override
        public List<Operand> shown() {
            return Stream.concat(numerator.inputs(), Stream.of(denominator)).distinct().map(Operand.class::cast)
                    .toList();
        }

        @Override
        public String excel(Map<Operand, String> cells) {
            return numerator.excel(cells) + "/" + cells.get(denominator);
        }
    }

    record Mean(Input sum, Input count, String whenNone, Function<PeriodTotals, List<Figure>> more)
            implements Quotient {

        /** The same mean with more figures after its sum and count. */
        Mean showing(Function<PeriodTotals, List<Figure>> figures) {
            return new Mean(sum, count, whenNone, figures);
        }

        @Override
        public MetricValue value(Inputs inputs) {
            long n = inputs.get(count).longValue();
            return n == 0 ? MetricValue.na(whenNone) : MetricValue.of(inputs.get(sum).doubleValue() / n);
        }

        @Override
        public List<Operand> shown() {
            return List.of(sum, count);
        }

        @Override
        public List<Figure> more(PeriodTotals period) {
            return more.apply(period);
        }

        @Override
        public String excel(Map<Operand, String> cells) {
            return cells.get(sum) + "/" + cells.get(count);
        }
    }

    record Amount(Input input, List<Operand> shown) implements Rule {

        @Override
        public MetricValue value(PeriodTotals period, Function<MetricId, MetricValue> earlier) {
            return MetricValue.of(period.get(input).doubleValue());
        }

        @Override
        public Optional<String> formula(Map<Operand, String> cells) {
            return Optional.empty();
        }
    }

    record Computed(BiFunction<PeriodTotals, Function<MetricId, MetricValue>, MetricValue> compute,
            List<Operand> shown, Function<PeriodTotals, List<Figure>> more, String formula) implements Rule {

        /** The same rule with more figures after its operands. */
        Computed showing(Function<PeriodTotals, List<Figure>> figures) {
            return new Computed(compute, shown, figures, formula);
        }

        @Override
        public MetricValue value(PeriodTotals period, Function<MetricId, MetricValue> earlier) {
            return compute.apply(period, earlier);
        }

        @Override
        public List<Figure> more(PeriodTotals period) {
            return more.apply(period);
        }

        @Override
        public Optional<String> formula(Map<Operand, String> cells) {
            String excel = formula;
            for (int i = 0; i < shown.size(); i++) {
                String operand = "{" + i + "}";
                if (excel.contains(operand)) {
                    if (!cells.containsKey(shown.get(i))) {
                        return Optional.empty();
                    }
                    excel = excel.replace(operand, cells.get(shown.get(i)));
                }
            }
            return Optional.of(excel);
        }
    }
}
