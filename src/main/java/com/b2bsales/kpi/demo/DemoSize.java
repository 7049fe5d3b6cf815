package com.b2bsales.kpi.demo;

import java.util.List;
import java.util.Locale;

/**
 * How big the demo company is. Either the demo's scale (scale 1: about 40 reps, 1,500 accounts, 20,000 leads
 * and 6,000 opportunities through a four-stage pipeline; the scale multiplies the accounts, leads and
 * opportunities, and the reps by its square root), or a named size for measuring the job at CRM scale: S, M and
 * L have the shape of a large B2B company (a seven-stage pipeline, about 2.5 leads per opportunity), L with
 * 1,000 reps, 200,000 accounts, 5,000,000 leads, 2,000,000 opportunities and about 10,000,000 stage-history
 * rows; M is a fifth of L, S a twentieth.
 *
 * @param dealsWithoutLead opportunities that start without a lead (expansions, direct contacts); about a fifth
 *     of the leads convert into the others
 * @param spendScale expenses are drawn around the scale-1 amounts times this, so that the cost per new customer
 *     stays about the same at every size
 */
record DemoSize(String label, int reps, int accounts, int leads, int dealsWithoutLead, List<String> stages,
        double spendScale) {

    private static final List<String> FOUR_STAGES = List.of("Discovery", "Qualification", "Proposal", "Negotiation");
    private static final List<String> SEVEN_STAGES = List.of("Discovery", "Qualification", "Solution Design",
            "Proposal", "Negotiation", "Legal Review", "Closing");

    static final List<String> NAMES = List.of("S", "M", "L");

    private static final int L_REPS = 1_000;
    private static final int L_ACCOUNTS = 200_000;
    private static final int L_LEADS = 5_000_000;
    /** With the about 950,000 deals from converted leads: 2,000,000 opportunities. */
    private static final int L_DEALS_WITHOUT_LEAD = 1_050_000;

    /** The demo's scale: the size of the embedded demo CRM. */
    static DemoSize ofScale(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("The demo data scale must be a number greater than 0, not " + scale);
        }
        return new DemoSize("scale " + scale, Math.max(8, rounded(40 * Math.sqrt(scale))),
                Math.max(10, rounded(1_500 * scale)), Math.max(50, rounded(20_000 * scale)),
                Math.max(5, rounded(2_000 * scale)), FOUR_STAGES, scale);
    }

    /** S, M or L. */
    static DemoSize named(String name) {
        double share = switch (name.toUpperCase(Locale.ROOT)) {
            case "S" -> 1.0 / 20;
            case "M" -> 1.0 / 5;
            case "L" -> 1.0;
            default -> throw new IllegalArgumentException("The demo data size must be one of " + NAMES + ", not " + name);
        };
        int accounts = rounded(L_ACCOUNTS * share);
        return new DemoSize(name.toUpperCase(Locale.ROOT), rounded(L_REPS * share), accounts, rounded(L_LEADS * share),
                rounded(L_DEALS_WITHOUT_LEAD * share), SEVEN_STAGES, accounts / 1_500.0);
    }

    private static int rounded(double count) {
        return (int) Math.round(count);
    }
}
