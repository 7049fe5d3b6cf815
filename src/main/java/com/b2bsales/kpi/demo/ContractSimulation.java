package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.Contract;
import com.b2bsales.kpi.demo.DemoRows.WonDeal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * What makes an account a customer. A deal won by an account without a running contract starts one at the
 * close date, worth about the deal; twelve-month terms, most renewed, the others end (churn). A deal won while
 * a contract runs is an expansion and starts nothing.
 */
final class ContractSimulation {

    private static final int TERM_MONTHS = 12;
    private static final double RENEWED = 0.75;
    private static final double OPEN_ENDED = 0.02;

    private final DemoCalendar calendar;
    private final RandomGenerator random;

    ContractSimulation(DemoCalendar calendar, RandomGenerator random) {
        this.calendar = calendar;
        this.random = random;
    }

    /** Contracts with ids in order of start date. */
    List<Contract> contracts(List<WonDeal> wonDeals) {
        Map<Long, List<WonDeal>> wonByAccount = new TreeMap<>();
        wonDeals.stream()
                .sorted(Comparator.comparing(WonDeal::closedAt))
                .forEach(deal -> wonByAccount.computeIfAbsent(deal.accountId(), id -> new ArrayList<>()).add(deal));

        List<Contract> contracts = new ArrayList<>();
        wonByAccount.forEach((accountId, deals) -> {
            LocalDate customerUntil = LocalDate.MIN;
            for (WonDeal deal : deals) {
                LocalDate closeDay = deal.closedAt().toLocalDate();
                if (!closeDay.isBefore(customerUntil)) {
                    customerUntil = customerRelationship(accountId, closeDay, deal.amount(), contracts);
                }
            }
        });
        contracts.sort(Comparator.comparing(Contract::startDate).thenComparing(Contract::accountId));
        for (int i = 0; i < contracts.size(); i++) {
            contracts.set(i, contracts.get(i).withId(i + 1));
        }
        return contracts;
    }

    /**
     * A first contract and its renewals, each starting on the day the previous one ends.
     *
     * @return the day the account stops being a customer ({@link LocalDate#MAX} for an open-ended contract)
     */
    private LocalDate customerRelationship(long accountId, LocalDate start, BigDecimal dealAmount,
            List<Contract> contracts) {
        if (random.nextDouble() < OPEN_ENDED) {
            contracts.add(new Contract(0, accountId, start, null, dealAmount));
            return LocalDate.MAX;
        }
        LocalDate termStart = start;
        BigDecimal annualValue = dealAmount;
        while (true) {
            LocalDate termEnd = termStart.plusMonths(TERM_MONTHS);
            contracts.add(new Contract(0, accountId, termStart, termEnd, annualValue));
            // A renewal is only known once its day has come.
            if (!calendar.hasHappened(termEnd) || random.nextDouble() >= RENEWED) {
                return termEnd;
            }
            termStart = termEnd;
            annualValue = Randoms.money(annualValue.doubleValue() * random.nextDouble(0.98, 1.12));
        }
    }
}
