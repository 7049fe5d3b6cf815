package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.Account;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The businesses the company sells to: a batch imported when the CRM went live, then a steady trickle. */
final class AccountSimulation {

    private static final double IMPORTED_AT_GO_LIVE = 0.3;
    private static final int GO_LIVE_DAYS = 30;
    private static final double WITHOUT_INDUSTRY = 0.03;

    private static final List<String> NAME_STARTS = List.of(
            "Northwind", "Bluewater", "Ironbridge", "Silverline", "Greenfield", "Redwood", "Brightpath", "Stonegate",
            "Clearview", "Highland", "Oakridge", "Sunrise", "Westhaven", "Eastport", "Nordic", "Alpine", "Harbor",
            "Summit", "Crescent", "Pioneer", "Atlas", "Vertex", "Orion", "Meridian", "Keystone", "Lakeside",
            "Granite", "Falcon", "Beacon", "Cobalt");

    private static final List<String> NAME_MIDDLES = List.of(
            "Logistics", "Foods", "Health", "Energy", "Systems", "Analytics", "Manufacturing", "Retail", "Pharma",
            "Engineering", "Media", "Insurance", "Textiles", "Robotics", "Labs", "Construction", "Telecom",
            "Chemicals", "Software", "Travel", "Furniture", "Packaging", "Water", "Metals", "Consulting",
            "Biotech", "Security", "Mobility", "Agritech", "Finance");

    private static final List<String> LEGAL_FORMS = List.of(
            "Ltd", "GmbH", "Inc.", "AG", "S.A.", "B.V.", "Pty Ltd", "LLC");

    private static final List<String> INDUSTRIES = List.of(
            "Manufacturing", "Retail", "Healthcare", "Financial Services", "Logistics", "Software", "Energy",
            "Public Administration", "Education", "Media");

    private final DemoCalendar calendar;
    private final RandomGenerator random;

    AccountSimulation(DemoCalendar calendar, RandomGenerator random) {
        this.calendar = calendar;
        this.random = random;
    }

    /**
     * Adds {@code count} accounts, ids in order of creation.
     *
     * @return when each account was created, in order: account {@code i + 1} at index {@code i}
     */
    List<LocalDateTime> accounts(int count, DemoRowSink rows) {
        List<LocalDateTime> createdTimes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            createdTimes.add(random.nextDouble() < IMPORTED_AT_GO_LIVE
                    ? calendar.timestampOn(calendar.dayBetween(
                            calendar.firstDay(), calendar.firstDay().plusDays(GO_LIVE_DAYS), random), random)
                    : calendar.timestampOn(calendar.busyDay(random), random));
        }
        createdTimes.sort(null);

        Map<String, Integer> timesNamed = new HashMap<>();
        long id = 0;
        for (LocalDateTime createdAt : createdTimes) {
            String name = Randoms.pick(NAME_STARTS, random) + " " + Randoms.pick(NAME_MIDDLES, random) + " "
                    + Randoms.pick(LEGAL_FORMS, random);
            int sameName = timesNamed.merge(name, 1, Integer::sum);
            String industry = random.nextDouble() < WITHOUT_INDUSTRY ? null : Randoms.pick(INDUSTRIES, random);
            rows.add(DemoTable.ACCOUNT, new Account(++id, sameName == 1 ? name : name + " (" + sameName + ")",
                    industry, createdAt));
        }
        return createdTimes;
    }
}
