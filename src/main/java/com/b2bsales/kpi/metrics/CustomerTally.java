package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.ContractRow;
import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.ExpenseRow;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Customers per context, from contracts read in account order: each account's contracts are
 * gathered, then judged as a whole once the next account starts (or when the totals are read).
 * The account being gathered is part of the saved state, so a chunk boundary inside an account is
 * harmless on restart.
 */
public final class CustomerTally extends ContextTally<CustomerTally.Totals> {

    private static final double DAYS_PER_YEAR = 365.25;

    private final ArrayList<ContractRow> account = new ArrayList<>();

    public CustomerTally(ReportHorizon horizon) {
        super(horizon, Totals::new);
    }

    @Override
    public void add(CrmRow row) {
        if (row instanceof ContractRow contract) {
            if (!account.isEmpty() && !account.get(0).accountId().equals(contract.accountId())) {
                closeAccount();
            }
            account.add(contract);
        } else if (row instanceof ExpenseRow expense && expense.acquisitionCost()) {
            forEachContext((context, totals) -> {
                if (context.inWindow(expense.incurredOn())) {
                    totals.acquisitionSpend = totals.acquisitionSpend.add(expense.amount());
                }
            });
        }
    }

    @Override
    public Totals totals(int context) {
        closeAccount();
        return super.totals(context);
    }

    private void closeAccount() {
        if (account.isEmpty()) {
            return;
        }
        List<ContractRow> contracts = List.copyOf(account);
        account.clear();
        forEachContext((context, totals) -> totals.add(contracts, context));
    }

    /** The customer base of one context. */
    public static final class Totals implements Serializable {
        private long activeOnFirst;
        private long activeOnLast;
        private long lostDuringPeriod;
        private long newCustomers;
        private BigDecimal annualValueOnLast = BigDecimal.ZERO;
        private long churnedAccounts;
        private double churnedLifetimeYears;
        private BigDecimal acquisitionSpend = BigDecimal.ZERO;

        void add(List<ContractRow> contracts, ReportContext context) {
            LocalDate first = context.firstDay();
            LocalDate last = context.lastDay();
            boolean onFirst = contracts.stream().anyMatch(c -> c.activeOn(first));
            boolean onLast = contracts.stream().anyMatch(c -> c.activeOn(last));
            if (onFirst) {
                activeOnFirst++;
                if (!onLast) {
                    lostDuringPeriod++;
                }
            }
            if (onLast) {
                activeOnLast++;
                for (ContractRow c : contracts) {
                    if (c.activeOn(last)) {
                        annualValueOnLast = annualValueOnLast.add(c.annualValue());
                    }
                }
            }
            LocalDate firstStart = contracts.stream().map(ContractRow::startDate).min(Comparator.naturalOrder()).orElseThrow();
            if (context.inWindow(firstStart)) {
                newCustomers++;
            }
            boolean churned = contracts.stream().allMatch(c -> c.endDate() != null && !c.endDate().isAfter(last));
            if (churned) {
                LocalDate lastEnd = contracts.stream().map(ContractRow::endDate).max(Comparator.naturalOrder()).orElseThrow();
                churnedAccounts++;
                churnedLifetimeYears += ChronoUnit.DAYS.between(firstStart, lastEnd) / DAYS_PER_YEAR;
            }
        }

        public long activeOnFirst() {
            return activeOnFirst;
        }

        public long activeOnLast() {
            return activeOnLast;
        }

        public long lostDuringPeriod() {
            return lostDuringPeriod;
        }

        public long newCustomers() {
            return newCustomers;
        }

        public BigDecimal annualValueOnLast() {
            return annualValueOnLast;
        }

        public long churnedAccounts() {
            return churnedAccounts;
        }

        public double churnedLifetimeYears() {
            return churnedLifetimeYears;
        }

        public BigDecimal acquisitionSpend() {
            return acquisitionSpend;
        }
    }
}
