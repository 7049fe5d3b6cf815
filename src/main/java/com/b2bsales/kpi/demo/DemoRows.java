package com.b2bsales.kpi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The rows the demo generator produces, one record per CRM table of crm-schema.md. */
final class DemoRows {

    private DemoRows() {
    }

    record SalesRep(long id, String name, String email, Team team, String region, LocalDate hiredOn, LocalDate leftOn) {

        /** Active from {@code hiredOn}; gone from {@code leftOn} on. */
        boolean activeOn(LocalDate day) {
            return !hiredOn.isAfter(day) && (leftOn == null || day.isBefore(leftOn));
        }

        /** Days of {@code [start, end)} on which the rep is active. */
        long activeDaysIn(LocalDate start, LocalDate end) {
            LocalDate from = hiredOn.isAfter(start) ? hiredOn : start;
            LocalDate to = leftOn != null && leftOn.isBefore(end) ? leftOn : end;
            return Math.max(0, ChronoUnit.DAYS.between(from, to));
        }
    }

    record Account(long id, String name, String industry, LocalDateTime createdAt) {
    }

    record Lead(long id, LocalDateTime createdAt, String source, Long ownerRepId, Long accountId,
            LocalDateTime qualifiedAt, LocalDateTime convertedAt, LocalDateTime disqualifiedAt) {

        Lead withQualifiedAt(LocalDateTime qualifiedAt) {
            return new Lead(id, createdAt, source, ownerRepId, accountId, qualifiedAt, convertedAt, disqualifiedAt);
        }

        Lead withConvertedAt(LocalDateTime convertedAt) {
            return new Lead(id, createdAt, source, ownerRepId, accountId, qualifiedAt, convertedAt, disqualifiedAt);
        }
    }

    record Opportunity(long id, long accountId, long ownerRepId, Long leadId, LocalDateTime createdAt, String stage,
            String status, BigDecimal amount, Integer units, LocalDate expectedCloseDate, LocalDateTime closedAt) {

        static final String OPEN = "OPEN";
        static final String WON = "WON";
        static final String LOST = "LOST";

        boolean isWon() {
            return WON.equals(status);
        }

        Opportunity withStatus(String status) {
            return new Opportunity(id, accountId, ownerRepId, leadId, createdAt, stage, status, amount, units,
                    expectedCloseDate, closedAt);
        }

        Opportunity withAmount(BigDecimal amount) {
            return new Opportunity(id, accountId, ownerRepId, leadId, createdAt, stage, status, amount, units,
                    expectedCloseDate, closedAt);
        }

        Opportunity withClosedAt(LocalDateTime closedAt) {
            return new Opportunity(id, accountId, ownerRepId, leadId, createdAt, stage, status, amount, units,
                    expectedCloseDate, closedAt);
        }
    }

    record StageEntry(long opportunityId, String stage, LocalDateTime enteredAt) {
    }

    /** What targets and contracts are drawn from: the part of a won deal they need. */
    record WonDeal(long accountId, long ownerRepId, LocalDateTime closedAt, BigDecimal amount) {
    }

    record Quota(long repId, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount) {

        Quota withAmount(BigDecimal amount) {
            return new Quota(repId, periodStart, periodEnd, amount);
        }
    }

    record Forecast(long id, String team, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount,
            LocalDateTime submittedAt) {

        Forecast withId(long id) {
            return new Forecast(id, team, periodStart, periodEnd, amount, submittedAt);
        }
    }

    record Expense(long id, LocalDate incurredOn, String category, BigDecimal amount) {

        Expense withAmount(BigDecimal amount) {
            return new Expense(id, incurredOn, category, amount);
        }
    }

    record TimeEntry(long repId, LocalDate workDate, BigDecimal totalHours, BigDecimal sellingHours) {

        TimeEntry withSellingHours(BigDecimal sellingHours) {
            return new TimeEntry(repId, workDate, totalHours, sellingHours);
        }
    }

    record Contract(long id, long accountId, LocalDate startDate, LocalDate endDate, BigDecimal annualValue) {

        Contract withId(long id) {
            return new Contract(id, accountId, startDate, endDate, annualValue);
        }

        Contract withEndDate(LocalDate endDate) {
            return new Contract(id, accountId, startDate, endDate, annualValue);
        }

        Contract withAnnualValue(BigDecimal annualValue) {
            return new Contract(id, accountId, startDate, endDate, annualValue);
        }
    }
}
