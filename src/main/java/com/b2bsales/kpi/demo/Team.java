package com.b2bsales.kpi.demo;

/**
 * The sales teams of the demo company. A team sets the size and length of its deals, and how often its
 * reps get a quota.
 */
enum Team {
    ENTERPRISE("Enterprise", 70_000, 60, 180, false),
    MID_MARKET("Mid-Market", 22_000, 30, 120, false),
    SMB("SMB", 6_500, 20, 60, true),
    PUBLIC_SECTOR("Public Sector", 45_000, 60, 180, false);

    private final String label;
    private final double medianDealAmount;
    private final int minCycleDays;
    private final int maxCycleDays;
    private final boolean monthlyQuota;

    Team(String label, double medianDealAmount, int minCycleDays, int maxCycleDays, boolean monthlyQuota) {
        this.label = label;
        this.medianDealAmount = medianDealAmount;
        this.minCycleDays = minCycleDays;
        this.maxCycleDays = maxCycleDays;
        this.monthlyQuota = monthlyQuota;
    }

    /** The name stored in {@code sales_rep.team} and {@code forecast.team}. */
    String label() {
        return label;
    }

    double medianDealAmount() {
        return medianDealAmount;
    }

    int minCycleDays() {
        return minCycleDays;
    }

    int maxCycleDays() {
        return maxCycleDays;
    }

    boolean monthlyQuota() {
        return monthlyQuota;
    }
}
