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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Spoils a few rows the way real CRMs get spoiled (metrics.md, "Rows the job does not trust"), so that the
 * Data Quality sheet has something to show.
 *
 * <p>The job fails a period in which more than 5% of a table's rows that concern it are untrusted, and a demo
 * must never do that. So a spoiled row only goes where its table has at least {@value #MIN_ROWS_AROUND} rows
 * in every month (for quotas: quarter) it concerns, at most one per table and quarter, never in the first
 * (partial) quarter nor in the current or previous quarter (the default runs), and at most 1% of a table. A
 * small demo may therefore have fewer spoiled rows, or none in a table.
 */
final class UntrustedRows {

    /** One spoiled row is then at most 3.4% of any month, quarter or year it concerns. */
    private static final int MIN_ROWS_AROUND = 30;
    private static final int ROWS_PER_SPOILED_ROW = 100;

    private final DemoCalendar calendar;
    private final RandomGenerator random;
    private final LocalDate earliestWindowStart;
    private final LocalDate latestWindowEnd;

    UntrustedRows(DemoCalendar calendar, RandomGenerator random) {
        this.calendar = calendar;
        this.random = random;
        this.earliestWindowStart = DemoCalendar.quarterStart(calendar.firstDay()).plusMonths(3);
        this.latestWindowEnd = DemoCalendar.quarterStart(calendar.lastDay()).minusMonths(3);
    }

    void spoil(DemoDataset data) {
        spoil(data.opportunities(), this::windowsOf, List.of(
                new Spoiler<>(deal -> true, deal -> deal.withAmount(null)),
                new Spoiler<>(Opportunity::isWon, deal -> deal.withStatus("won")),
                new Spoiler<>(Opportunity::isWon, deal -> deal.withStatus("WON ")),
                new Spoiler<>(Opportunity::isWon, deal -> deal.withClosedAt(null)),
                new Spoiler<>(deal -> deal.closedAt() != null && afterOneAm(deal.createdAt()),
                        deal -> deal.withClosedAt(shortlyBefore(deal.createdAt())))));
        spoil(data.leads(), lead -> List.of(Window.monthOf(lead.createdAt().toLocalDate())), List.of(
                new Spoiler<>(lead -> lead.convertedAt() != null && afterOneAm(lead.createdAt()),
                        lead -> lead.withConvertedAt(shortlyBefore(lead.createdAt()))),
                new Spoiler<>(lead -> lead.qualifiedAt() != null && afterOneAm(lead.createdAt()),
                        lead -> lead.withQualifiedAt(shortlyBefore(lead.createdAt())))));
        spoil(data.contracts(), this::windowsOf, List.of(
                // Not from the 1st: ending on its start day, such a contract concerns its quarter but no month,
                // and the checks below go by months.
                new Spoiler<>(contract -> contract.endDate() != null && contract.startDate().getDayOfMonth() > 1,
                        contract -> contract.withEndDate(contract.startDate())),
                new Spoiler<>(contract -> true, contract -> contract.withAnnualValue(null))));
        spoil(data.timeEntries(), entry -> List.of(Window.monthOf(entry.workDate())), List.of(
                new Spoiler<>(entry -> true, entry -> entry.withSellingHours(
                        entry.totalHours().add(BigDecimal.valueOf(random.nextInt(1, 9) * 25L, 2))))));
        spoil(data.expenses(), expense -> List.of(Window.monthOf(expense.incurredOn())), List.of(
                new Spoiler<>(expense -> true, expense -> expense.withAmount(expense.amount().negate()))));
        spoil(data.quotas(), this::windowsOf, List.of(
                new Spoiler<>(quota -> quota.periodEnd().equals(quota.periodStart().plusMonths(3)),
                        quota -> quota.withAmount(null))));
    }

    private <T> void spoil(List<T> rows, Function<T, List<Window>> windowsOf, List<Spoiler<T>> spoilers) {
        Map<Window, Integer> rowsPerWindow = new HashMap<>();
        for (T row : rows) {
            windowsOf.apply(row).forEach(window -> rowsPerWindow.merge(window, 1, Integer::sum));
        }
        Set<LocalDate> quartersWithASpoiledRow = new HashSet<>();
        int allowed = rows.size() / ROWS_PER_SPOILED_ROW;
        for (Spoiler<T> spoiler : spoilers) {
            if (allowed == 0) {
                return;
            }
            // Spoiling can only shrink the periods a row concerns, so the counts of the clean rows hold.
            List<T> candidates = new ArrayList<>();
            List<Integer> candidateIndexes = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (spoiler.fits().test(rows.get(i))) {
                    T spoiled = spoiler.spoil().apply(rows.get(i));
                    boolean fitsIn = windowsOf.apply(spoiled).stream().allMatch(window ->
                            !window.start().isBefore(earliestWindowStart)
                                    && !window.end().isAfter(latestWindowEnd)
                                    && rowsPerWindow.getOrDefault(window, 0) >= MIN_ROWS_AROUND
                                    && !quartersWithASpoiledRow.contains(window.quarter()));
                    if (fitsIn) {
                        candidates.add(spoiled);
                        candidateIndexes.add(i);
                    }
                }
            }
            if (!candidates.isEmpty()) {
                int pick = random.nextInt(candidates.size());
                T spoiled = candidates.get(pick);
                windowsOf.apply(spoiled).forEach(window -> quartersWithASpoiledRow.add(window.quarter()));
                rows.set(candidateIndexes.get(pick), spoiled);
                allowed--;
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

    private LocalDateTime shortlyBefore(LocalDateTime instant) {
        return instant.minusMinutes(random.nextInt(5, 60));
    }

    /** A way to spoil a row, and which rows it applies to. */
    private record Spoiler<T>(Predicate<T> fits, UnaryOperator<T> spoil) {
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
