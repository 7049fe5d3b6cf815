package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.Account;
import com.b2bsales.kpi.demo.DemoRows.Lead;
import com.b2bsales.kpi.demo.DemoRows.Opportunity;
import com.b2bsales.kpi.demo.DemoRows.SalesRep;
import com.b2bsales.kpi.demo.DemoRows.StageEntry;
import com.b2bsales.kpi.demo.Randoms.Weighted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Leads come in, some qualify, some of those convert into opportunities; opportunities (plus some that start
 * without a lead) move through the stages until they are won or lost, or are still open yesterday.
 */
final class PipelineSimulation {

    static final List<String> STAGES = List.of("Discovery", "Qualification", "Proposal", "Negotiation");

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

    record Pipeline(List<Lead> leads, List<Opportunity> opportunities, List<StageEntry> stageHistory) {
    }

    private final DemoCalendar calendar;
    private final RandomGenerator random;
    private final Roster roster;
    private final List<Account> accounts;

    /** @param accounts in order of {@code created_at} */
    PipelineSimulation(DemoCalendar calendar, RandomGenerator random, List<SalesRep> reps, List<Account> accounts) {
        this.calendar = calendar;
        this.random = random;
        this.roster = new Roster(reps);
        this.accounts = accounts;
    }

    Pipeline simulate(int leadCount, int dealsWithoutLead) {
        List<DealStart> dealStarts = new ArrayList<>();
        List<Lead> leads = leads(leadCount, dealStarts);
        for (int i = 0; i < dealsWithoutLead; i++) {
            LocalDateTime createdAt = calendar.timestampOn(calendar.busyDay(random), random);
            Long accountId = accountCreatedBy(createdAt);
            if (accountId != null) {
                dealStarts.add(new DealStart(createdAt, accountId,
                        roster.pickActiveOn(createdAt.toLocalDate(), random), null));
            }
        }
        dealStarts.sort(Comparator.comparing(DealStart::createdAt));

        List<Opportunity> opportunities = new ArrayList<>();
        List<StageEntry> stageHistory = new ArrayList<>();
        for (DealStart start : dealStarts) {
            deal(opportunities.size() + 1, start, opportunities, stageHistory);
        }
        return new Pipeline(leads, opportunities, stageHistory);
    }

    /** Leads in order of creation; every converted lead adds the start of its deal to {@code dealStarts}. */
    private List<Lead> leads(int count, List<DealStart> dealStarts) {
        List<LocalDateTime> createdTimes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            createdTimes.add(calendar.timestampOn(calendar.busyDay(random), random));
        }
        createdTimes.sort(null);

        List<Lead> leads = new ArrayList<>();
        for (LocalDateTime createdAt : createdTimes) {
            long id = leads.size() + 1;
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
                    dealStarts.add(new DealStart(convertedAt, accountId, dealOwner, id));
                }
            }
            leads.add(new Lead(id, createdAt, source, owner == null ? null : owner.id(), accountId, qualifiedAt,
                    convertedAt, disqualifiedAt));
        }
        return leads;
    }

    private void deal(long id, DealStart start, List<Opportunity> opportunities, List<StageEntry> stageHistory) {
        Team team = start.owner().team();
        LocalDateTime createdAt = start.createdAt();
        int cycleDays = random.nextInt(team.minCycleDays(), team.maxCycleDays() + 1);
        boolean wins = random.nextDouble() < WIN_PROBABILITY;
        int stagesReached = wins ? STAGES.size() : random.nextInt(1, STAGES.size() + 1);

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

        opportunities.add(new Opportunity(id, start.accountId(), owner.id(), start.leadId(), createdAt,
                STAGES.get(entered.size() - 1), status, value.amount(), value.units(), expectedCloseDate,
                closed ? closeAt : null));
        for (int stage = 0; stage < entered.size(); stage++) {
            stageHistory.add(new StageEntry(id, STAGES.get(stage), entered.get(stage)));
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
        int high = accounts.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (accounts.get(middle).createdAt().isAfter(instant)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low == 0 ? null : accounts.get(random.nextInt(low)).id();
    }

    private LocalDateTime happenedOrNull(LocalDateTime instant) {
        return instant != null && calendar.hasHappened(instant) ? instant : null;
    }

    private record DealStart(LocalDateTime createdAt, long accountId, SalesRep owner, Long leadId) {
    }

    private record DealValue(BigDecimal amount, Integer units) {
    }
}
