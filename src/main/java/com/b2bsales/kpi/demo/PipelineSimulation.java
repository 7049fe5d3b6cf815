package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.Lead;
import com.b2bsales.kpi.demo.DemoRows.Opportunity;
import com.b2bsales.kpi.demo.DemoRows.SalesRep;
import com.b2bsales.kpi.demo.DemoRows.StageEntry;
import com.b2bsales.kpi.demo.DemoRows.WonDeal;
import com.b2bsales.kpi.demo.Randoms.Weighted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Leads come in, some qualify, some of those convert into opportunities; opportunities (plus some that start
 * without a lead) move through the stages until they are won or lost, or are still open yesterday.
 *
 * <p>Rows go to the sink as they are made. What is kept until the end is small per row: when each lead was
 * created, where each deal starts (in compact arrays), and the deals won.
 */
final class PipelineSimulation {

    private static final double QUALIFIED = 0.35;
    /** Of the qualified leads, so that about 20% of all leads convert. */
    private static final double CONVERTED_IF_QUALIFIED = 0.20 / QUALIFIED;
    private static final double DISQUALIFIED_IF_NOT_QUALIFIED = 0.30;
    private static final double DISQUALIFIED_IF_QUALIFIED_BUT_NOT_CONVERTED = 0.50;
    private static final double LEAD_WITH_OWNER = 0.96;
    private static final double LEAD_WITH_ACCOUNT = 0.70;
    private static final List<Weighted<String>> LEAD_SOURCES = List.of(
            new Weighted<>("WEB", 0.34), new Weighted<>("OUTBOUND", 0.25), new Weighted<>("REFERRAL", 0.15),
            new Weighted<>("EVENT", 0.15), new Weighted<>("PARTNER", 0.10), new Weighted<>(null, 0.01));

    /** WON : LOST about 30 : 40. */
    private static final double WIN_PROBABILITY = 3.0 / 7;
    private static final double AMOUNT_SPREAD = 0.8;
    private static final double MIN_AMOUNT = 2_000;
    private static final double MAX_AMOUNT = 250_000;
    private static final double WITH_UNITS = 0.70;
    private static final int MAX_UNITS = 50;
    private static final double WITH_EXPECTED_CLOSE_DATE = 0.98;

    private final DemoCalendar calendar;
    private final RandomGenerator random;
    private final Roster roster;
    private final List<SalesRep> reps;
    private final List<LocalDateTime> accountsCreated;
    private final List<String> stages;
    private final DemoRowSink rows;

    /**
     * @param reps rep {@code i + 1} at index {@code i}
     * @param accountsCreated when each account was created, in order: account {@code i + 1} at index {@code i}
     * @param stages the stages of the pipeline, in order
     */
    PipelineSimulation(DemoCalendar calendar, RandomGenerator random, List<SalesRep> reps,
            List<LocalDateTime> accountsCreated, List<String> stages, DemoRowSink rows) {
        this.calendar = calendar;
        this.random = random;
        this.roster = new Roster(reps);
        this.reps = reps;
        this.accountsCreated = accountsCreated;
        this.stages = stages;
        this.rows = rows;
    }

    /** Adds the leads, opportunities and stage history; returns the deals won, in order of creation. */
    List<WonDeal> simulate(int leadCount, int dealsWithoutLead) {
        DealStarts dealStarts = new DealStarts();
        leads(leadCount, dealStarts);
        for (int i = 0; i < dealsWithoutLead; i++) {
            LocalDateTime createdAt = calendar.timestampOn(calendar.busyDay(random), random);
            Long accountId = accountCreatedBy(createdAt);
            if (accountId != null) {
                dealStarts.add(createdAt, accountId, roster.pickActiveOn(createdAt.toLocalDate(), random), null);
            }
        }

        List<WonDeal> won = new ArrayList<>();
        long id = 0;
        for (int start : dealStarts.inOrderOfCreation()) {
            deal(++id, dealStarts.get(start), won);
        }
        return won;
    }

    /** Adds the leads in order of creation; every converted lead adds the start of its deal to {@code dealStarts}. */
    private void leads(int count, DealStarts dealStarts) {
        long[] createdTimes = new long[count];
        for (int i = 0; i < count; i++) {
            createdTimes[i] = seconds(calendar.timestampOn(calendar.busyDay(random), random));
        }
        Arrays.sort(createdTimes);

        long id = 0;
        for (long createdSecond : createdTimes) {
            LocalDateTime createdAt = dateTime(createdSecond);
            id++;
            String source = Randoms.pickWeighted(LEAD_SOURCES, random);
            SalesRep owner = random.nextDouble() < LEAD_WITH_OWNER
                    ? roster.pickActiveOn(createdAt.toLocalDate(), random)
                    : null;
            Long accountId = random.nextDouble() < LEAD_WITH_ACCOUNT ? accountCreatedBy(createdAt) : null;

            boolean qualifies = random.nextDouble() < QUALIFIED;
            boolean converts = qualifies && random.nextDouble() < CONVERTED_IF_QUALIFIED;
            boolean disqualified = !converts && random.nextDouble() < (qualifies
                    ? DISQUALIFIED_IF_QUALIFIED_BUT_NOT_CONVERTED
                    : DISQUALIFIED_IF_NOT_QUALIFIED);
            LocalDateTime qualifiedAt = qualifies ? calendar.later(createdAt, 1, 21, random) : null;
            LocalDateTime convertedAt = converts ? calendar.later(qualifiedAt, 2, 30, random) : null;
            LocalDateTime disqualifiedAt = disqualified
                    ? calendar.later(qualifies ? qualifiedAt : createdAt, 3, 45, random)
                    : null;

            // What would happen after yesterday has not happened yet.
            qualifiedAt = happenedOrNull(qualifiedAt);
            convertedAt = happenedOrNull(convertedAt);
            disqualifiedAt = happenedOrNull(disqualifiedAt);
            if (convertedAt != null) {
                // Converting a lead attaches it to an account: the one it named, or one the rep matched it to.
                accountId = accountId != null ? accountId : accountCreatedBy(convertedAt);
                if (accountId == null) {
                    convertedAt = null;
                } else {
                    LocalDate conversionDay = convertedAt.toLocalDate();
                    SalesRep dealOwner = owner != null && owner.activeOn(conversionDay)
                            ? owner
                            : roster.pickActiveOn(conversionDay, random);
                    dealStarts.add(convertedAt, accountId, dealOwner, id);
                }
            }
            rows.add(DemoTable.SALES_LEAD, new Lead(id, createdAt, source, owner == null ? null : owner.id(),
                    accountId, qualifiedAt, convertedAt, disqualifiedAt));
        }
    }

    private void deal(long id, DealStart start, List<WonDeal> won) {
        Team team = start.owner().team();
        LocalDateTime createdAt = start.createdAt();
        int cycleDays = random.nextInt(team.minCycleDays(), team.maxCycleDays() + 1);
        boolean wins = random.nextDouble() < WIN_PROBABILITY;
        int stagesReached = wins ? stages.size() : random.nextInt(1, stages.size() + 1);

        List<LocalDateTime> stageEntries = stageEntries(createdAt, cycleDays, stagesReached);
        LocalDateTime closeAt = calendar.eventOn(createdAt.toLocalDate().plusDays(cycleDays),
                stageEntries.get(stageEntries.size() - 1), random);
        boolean closed = calendar.hasHappened(closeAt);
        List<LocalDateTime> entered = stageEntries.stream().filter(calendar::hasHappened).toList();

        // A deal that closes after its owner left was handed over to a colleague.
        LocalDate ownerNeededOn = closed ? closeAt.toLocalDate() : calendar.lastDay();
        SalesRep owner = start.owner().activeOn(ownerNeededOn)
                ? start.owner()
                : roster.pickActiveOn(ownerNeededOn, team, random);

        DealValue value = dealValue(team);
        LocalDate expectedCloseDate = null;
        if (random.nextDouble() < WITH_EXPECTED_CLOSE_DATE) {
            LocalDate estimate = closeAt.toLocalDate().plusDays(random.nextInt(-15, 22));
            LocalDate earliest = createdAt.toLocalDate().plusDays(7);
            expectedCloseDate = estimate.isBefore(earliest) ? earliest : estimate;
        }
        String status = !closed ? Opportunity.OPEN : wins ? Opportunity.WON : Opportunity.LOST;

        Opportunity deal = new Opportunity(id, start.accountId(), owner.id(), start.leadId(), createdAt,
                stages.get(entered.size() - 1), status, value.amount(), value.units(), expectedCloseDate,
                closed ? closeAt : null);
        rows.add(DemoTable.OPPORTUNITY, deal);
        for (int stage = 0; stage < entered.size(); stage++) {
            rows.add(DemoTable.STAGE_HISTORY, new StageEntry(id, stages.get(stage), entered.get(stage)));
        }
        if (deal.isWon()) {
            won.add(new WonDeal(deal.accountId(), deal.ownerRepId(), deal.closedAt(), deal.amount()));
        }
    }

    /** When the deal enters each stage it reaches: the first at creation, the others spread over the cycle. */
    private List<LocalDateTime> stageEntries(LocalDateTime createdAt, int cycleDays, int stagesReached) {
        double[] progress = new double[stagesReached - 1];
        for (int i = 0; i < progress.length; i++) {
            progress[i] = random.nextDouble(0.1, 0.9);
        }
        Arrays.sort(progress);
        List<LocalDateTime> entries = new ArrayList<>(List.of(createdAt));
        for (double share : progress) {
            LocalDate day = createdAt.toLocalDate().plusDays(Math.round(share * cycleDays));
            entries.add(calendar.eventOn(day, entries.get(entries.size() - 1), random));
        }
        return entries;
    }

    /**
     * A log-normal amount around the team's median; 70% of deals sell units, and then the amount is a whole
     * unit price times the units.
     */
    private DealValue dealValue(Team team) {
        double amount = Math.min(MAX_AMOUNT,
                Math.max(MIN_AMOUNT, Randoms.logNormal(team.medianDealAmount(), AMOUNT_SPREAD, random)));
        if (random.nextDouble() >= WITH_UNITS) {
            return new DealValue(Randoms.roundedMoney(amount, 10), null);
        }
        // The product of two uniform draws makes small orders the common case.
        int units = 1 + (int) (MAX_UNITS * random.nextDouble() * random.nextDouble());
        long unitPrice = Math.round(amount / units);
        unitPrice = Math.max(unitPrice, (long) Math.ceil(MIN_AMOUNT / units));
        unitPrice = Math.min(unitPrice, (long) Math.floor(MAX_AMOUNT / units));
        return new DealValue(BigDecimal.valueOf(unitPrice * units).setScale(2), units);
    }

    /** A random account that exists at {@code instant}, or null when there is none yet. */
    private Long accountCreatedBy(LocalDateTime instant) {
        int low = 0;
        int high = accountsCreated.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (accountsCreated.get(middle).isAfter(instant)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low == 0 ? null : (long) random.nextInt(low) + 1;
    }

    private LocalDateTime happenedOrNull(LocalDateTime instant) {
        return instant != null && calendar.hasHappened(instant) ? instant : null;
    }

    private static long seconds(LocalDateTime instant) {
        return instant.toEpochSecond(ZoneOffset.UTC);
    }

    private static LocalDateTime dateTime(long seconds) {
        return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

    private record DealStart(LocalDateTime createdAt, long accountId, SalesRep owner, Long leadId) {
    }

    /** Where each deal starts, in arrays rather than objects: at size L there are two million. */
    private final class DealStarts {
        private long[] createdAt = new long[1024];
        private long[] accountId = new long[1024];
        private long[] ownerId = new long[1024];
        private long[] leadId = new long[1024];
        private int size;

        void add(LocalDateTime created, long account, SalesRep owner, Long lead) {
            if (size == createdAt.length) {
                int capacity = size * 2;
                createdAt = Arrays.copyOf(createdAt, capacity);
                accountId = Arrays.copyOf(accountId, capacity);
                ownerId = Arrays.copyOf(ownerId, capacity);
                leadId = Arrays.copyOf(leadId, capacity);
            }
            createdAt[size] = seconds(created);
            accountId[size] = account;
            ownerId[size] = owner.id();
            leadId[size] = lead == null ? 0 : lead;
            size++;
        }

        DealStart get(int index) {
            return new DealStart(dateTime(createdAt[index]), accountId[index],
                    reps.get((int) ownerId[index] - 1), leadId[index] == 0 ? null : leadId[index]);
        }

        /** Indexes by time of creation; deals created in the same second in the order they were added. */
        int[] inOrderOfCreation() {
            long first = size == 0 ? 0 : Arrays.stream(createdAt, 0, size).min().orElseThrow();
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) {
                keys[i] = (createdAt[i] - first) << 32 | i;
            }
            Arrays.sort(keys);
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = (int) keys[i];
            }
            return order;
        }
    }

    private record DealValue(BigDecimal amount, Integer units) {
    }
}
