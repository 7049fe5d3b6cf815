package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.Expense;
import com.b2bsales.kpi.demo.Randoms.Weighted;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Spending: marketing and sales costs (which customer acquisition cost counts) and some other categories
 * (which it ignores).
 *
 * <p>One to four entries per workday rather than a few per week: the job fails a month in which more than 5%
 * of the expenses are untrusted, and the demo data has one negative expense that must stay below that.
 */
final class ExpenseSimulation {

    private static final List<Weighted<Category>> CATEGORIES = List.of(
            new Weighted<>(new Category("MARKETING", 8_000), 0.35),
            new Weighted<>(new Category("SALES", 2_500), 0.35),
            new Weighted<>(new Category("TRAVEL", 900), 0.15),
            new Weighted<>(new Category("SOFTWARE", 1_200), 0.08),
            new Weighted<>(new Category("TRAINING", 1_500), 0.07));

    private static final double AMOUNT_SPREAD = 0.7;
    private static final double MIN_AMOUNT = 5;

    private final DemoCalendar calendar;
    private final RandomGenerator random;
    private final double scale;

    /**
     * @param scale the demo's scale: amounts follow it, so that the cost per new customer stays about the same
     *     at every scale
     */
    ExpenseSimulation(DemoCalendar calendar, RandomGenerator random, double scale) {
        this.calendar = calendar;
        this.random = random;
        this.scale = scale;
    }

    /** Adds the expenses, ids in order of date. */
    void expenses(DemoRowSink rows) {
        long id = 0;
        for (LocalDate day : calendar.workdays()) {
            int entries = random.nextInt(1, 5);
            for (int i = 0; i < entries; i++) {
                Category category = Randoms.pickWeighted(CATEGORIES, random);
                double amount = Math.max(MIN_AMOUNT,
                        Randoms.logNormal(category.medianAmount() * scale, AMOUNT_SPREAD, random));
                rows.add(DemoTable.EXPENSE, new Expense(++id, day, category.name(), Randoms.money(amount)));
            }
        }
    }

    private record Category(String name, double medianAmount) {
    }
}
