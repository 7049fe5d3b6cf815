package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.Contract;
import com.b2bsales.kpi.demo.DemoRows.Opportunity;
import com.b2bsales.kpi.demo.DemoRows.Quota;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Spoils a few rows the way real CRMs get spoiled (metrics.md, "Rows the job does not trust"), so that the
 * Data Quality sheet has something to show.
 *
 * <p>The job fails a period in which more than 5% of a table's rows that concern it are untrusted, and a demo
 * must never do that. So a spoiled row only goes where its table has at least {@value #MIN_ROWS_AROUND} rows
 * in every month (for quotas: quarter) it concerns, at most one per table and quarter, never in the first
 * (partial) quarter nor in the current or previous quarter (the default runs), and at most 1% of a table. A
 * small demo may therefore have fewer spoiled rows, or none in a table.
 *
 * <p>Rows stream past ({@link #observe}) and are written unspoiled; only counts per month and, for each way to
 * spoil a row, one uniformly drawn candidate per set of months it would concern are kept. Once every row has
 * been seen, {@link #spoil} picks among the candidates that meet the rules (each candidate equally likely) and
 * has the sink replace the picked rows.
 */
final class UntrustedRows {

    /** One spoiled row is then at most 3.4% of any month, quarter or year it concerns. */
    private static final int MIN_ROWS_AROUND = 30;
    private static final int ROWS_PER_SPOILED_ROW = 100;

    private final DemoCalendar calendar;
    private final SplittableRandom random;
    /** For the months a spoiled row would concern: spoiling never moves a row to another month. */
    private final SplittableRandom preview;
    private final LocalDate earliestWindowStart;
    private final LocalDate latestWindowEnd;
    /** In a fixed order: picking draws from one random stream. */
    private final List<TableSurvey<?>> surveys = new ArrayList<>();
    private final Map<DemoTable<?>, TableSurvey<?>> surveysByTable = new IdentityHashMap<>();

    UntrustedRows(DemoCalendar calendar, SplittableRandom random) {
        this.calendar = calendar;
        this.random = random;
        this.preview = random.split();
        this.earliestWindowStart = DemoCalendar.quarterStart(calendar.firstDay()).plusMonths(3);
        this.latestWindowEnd = DemoCalendar.quarterStart(calendar.lastDay()).minusMonths(3);

        survey(DemoTable.OPPORTUNITY, this::windowsOf, List.of(
                new Spoiler<>(deal -> true, (deal, r) -> deal.withAmount(null)),
                new Spoiler<>(Opportunity::isWon, (deal, r) -> deal.withStatus("won")),
                new Spoiler<>(Opportunity::isWon, (deal, r) -> deal.withStatus("WON ")),
                new Spoiler<>(Opportunity::isWon, (deal, r) -> deal.withClosedAt(null)),
                new Spoiler<>(deal -> deal.closedAt() != null && afterOneAm(deal.createdAt()),
                        (deal, r) -> deal.withClosedAt(shortlyBefore(deal.createdAt(), r)))));
        survey(DemoTable.SALES_LEAD, lead -> List.of(Window.monthOf(lead.createdAt().toLocalDate())), List.of(
                new Spoiler<>(lead -> lead.convertedAt() != null && afterOneAm(lead.createdAt()),
                        (lead, r) -> lead.withConvertedAt(shortlyBefore(lead.createdAt(), r))),
                new Spoiler<>(lead -> lead.qualifiedAt() != null && afterOneAm(lead.createdAt()),
                        (lead, r) -> lead.withQualifiedAt(shortlyBefore(lead.createdAt(), r)))));
        survey(DemoTable.CONTRACT, this::windowsOf, List.of(
                // Not from the 1st: ending on its start day, such a contract concerns its quarter but no month,
                // and the checks below go by months.
                new Spoiler<>(contract -> contract.endDate() != null && contract.startDate().getDayOfMonth() > 1,
                        (contract, r) -> contract.withEndDate(contract.startDate())),
                new Spoiler<>(contract -> true, (contract, r) -> contract.withAnnualValue(null))));
        survey(DemoTable.TIME_ENTRY, entry -> List.of(Window.monthOf(entry.workDate())), List.of(
                new Spoiler<>(entry -> true, (entry, r) -> entry.withSellingHours(
                        entry.totalHours().add(BigDecimal.valueOf(r.nextInt(1, 9) * 25L, 2))))));
        survey(DemoTable.EXPENSE, expense -> List.of(Window.monthOf(expense.incurredOn())), List.of(
                new Spoiler<>(expense -> true, (expense, r) -> expense.withAmount(expense.amount().negate()))));
        survey(DemoTable.QUOTA, this::windowsOf, List.of(
                new Spoiler<>(quota -> quota.periodEnd().equals(quota.periodStart().plusMonths(3)),
                        (quota, r) -> quota.withAmount(null))));
    }

    private <T> void survey(DemoTable<T> table, Function<T, List<Window>> windowsOf, List<Spoiler<T>> spoilers) {
        TableSurvey<T> survey = new TableSurvey<>(table, windowsOf, spoilers);
        surveys.add(survey);
        surveysByTable.put(table, survey);
    }

    /** Takes note of a row as it is written. */
    @SuppressWarnings("unchecked")
    <T> void observe(DemoTable<T> table, T row) {
        TableSurvey<T> survey = (TableSurvey<T>) surveysByTable.get(table);
        if (survey != null) {
            survey.observe(row);
        }
    }

    /** Picks the rows to spoil, table by table, and has the sink replace them. */
    void spoil(DemoRowSink sink) {
        surveys.forEach(survey -> survey.spoil(sink));
    }

    /** What one table's rows looked like, and the candidates of each of its ways to spoil a row. */
    private final class TableSurvey<T> {
        private final DemoTable<T> table;
        private final Function<T, List<Window>> windowsOf;
        private final List<Spoiler<T>> spoilers;
        private final List<Map<List<Window>, Candidate<T>>> candidates = new ArrayList<>();
        private final Map<Window, Integer> rowsPerWindow = new HashMap<>();
        private long rows;

        TableSurvey(DemoTable<T> table, Function<T, List<Window>> windowsOf, List<Spoiler<T>> spoilers) {
            this.table = table;
            this.windowsOf = windowsOf;
            this.spoilers = spoilers;
            spoilers.forEach(spoiler -> candidates.add(new LinkedHashMap<>()));
        }

        void observe(T row) {
            rows++;
            windowsOf.apply(row).forEach(window -> rowsPerWindow.merge(window, 1, Integer::sum));
            for (int i = 0; i < spoilers.size(); i++) {
                Spoiler<T> spoiler = spoilers.get(i);
                if (spoiler.fits().test(row)) {
                    List<Window> windows = windowsOf.apply(spoiler.spoil().apply(row, preview));
                    candidates.get(i).computeIfAbsent(windows, w -> new Candidate<>()).offer(row, random);
                }
            }
        }

        void spoil(DemoRowSink sink) {
            Set<LocalDate> quartersWithASpoiledRow = new HashSet<>();
            long allowed = rows / ROWS_PER_SPOILED_ROW;
            for (int i = 0; i < spoilers.size() && allowed > 0; i++) {
                // Spoiling can only shrink the periods a row concerns, so the counts of the clean rows hold.
                Map<List<Window>, Candidate<T>> fitting = new LinkedHashMap<>();
                long total = 0;
                for (Map.Entry<List<Window>, Candidate<T>> entry : candidates.get(i).entrySet()) {
                    if (entry.getKey().stream().allMatch(window -> !window.start().isBefore(earliestWindowStart)
                            && !window.end().isAfter(latestWindowEnd)
                            && rowsPerWindow.getOrDefault(window, 0) >= MIN_ROWS_AROUND
                            && !quartersWithASpoiledRow.contains(window.quarter()))) {
                        fitting.put(entry.getKey(), entry.getValue());
                        total += entry.getValue().seen;
                    }
                }
                if (total == 0) {
                    continue;
                }
                // Each fitting row equally likely: a set of months by its number of candidates, then its sample.
                long draw = random.nextLong(total);
                for (Map.Entry<List<Window>, Candidate<T>> entry : fitting.entrySet()) {
                    draw -= entry.getValue().seen;
                    if (draw < 0) {
                        T original = entry.getValue().sample;
                        T spoiled = spoilers.get(i).spoil().apply(original, random);
                        windowsOf.apply(spoiled).forEach(window -> quartersWithASpoiledRow.add(window.quarter()));
                        sink.replace(table, original, spoiled);
                        allowed--;
                        break;
                    }
                }
            }
        }
    }

    /** One row drawn uniformly from all the candidates seen (reservoir sampling), and how many there were. */
    private static final class Candidate<T> {
        private long seen;
        private T sample;

        void offer(T row, SplittableRandom random) {
            seen++;
            if (random.nextLong(seen) == 0) {
                sample = row;
            }
        }
    }

    /** The months in which the job counts an opportunity: those of its creation and of its closing. */
    private List<Window> windowsOf(Opportunity deal) {
        Window created = Window.monthOf(deal.createdAt().toLocalDate());
        if (deal.closedAt() == null) {
            return List.of(created);
        }
        Window closed = Window.monthOf(deal.closedAt().toLocalDate());
        return closed.equals(created) ? List.of(created) : List.of(created, closed);
    }

    /** The months in which the job counts a contract: all during which it runs. */
    private List<Window> windowsOf(Contract contract) {
        LocalDate lastRunningDay = contract.endDate() == null || !calendar.hasHappened(contract.endDate())
                ? calendar.lastDay()
                : contract.endDate().minusDays(1);
        List<Window> months = new ArrayList<>();
        for (Window month = Window.monthOf(contract.startDate()); !month.start().isAfter(lastRunningDay);
                month = Window.monthOf(month.end())) {
            months.add(month);
        }
        return months;
    }

    /** The periods in which the job counts a quota row: those that contain its own period. */
    private List<Window> windowsOf(Quota quota) {
        Window own = new Window(quota.periodStart(), quota.periodEnd());
        Window quarter = Window.quarterOf(quota.periodStart());
        return own.equals(quarter) ? List.of(quarter) : List.of(own, quarter);
    }

    /** So that an instant moved a little earlier stays on the same day, in the same month. */
    private static boolean afterOneAm(LocalDateTime instant) {
        return instant.getHour() >= 1;
    }

    private static LocalDateTime shortlyBefore(LocalDateTime instant, SplittableRandom random) {
        return instant.minusMinutes(random.nextInt(5, 60));
    }

    /** A way to spoil a row, and which rows it applies to. */
    private record Spoiler<T>(Predicate<T> fits, BiFunction<T, SplittableRandom, T> spoil) {
    }

    /** A month or quarter {@code [start, end)}, as the job's report periods are. */
    private record Window(LocalDate start, LocalDate end) {

        static Window monthOf(LocalDate day) {
            LocalDate start = day.withDayOfMonth(1);
            return new Window(start, start.plusMonths(1));
        }

        static Window quarterOf(LocalDate day) {
            LocalDate start = DemoCalendar.quarterStart(day);
            return new Window(start, start.plusMonths(3));
        }

        LocalDate quarter() {
            return DemoCalendar.quarterStart(start);
        }
    }
}
