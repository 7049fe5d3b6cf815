package com.b2bsales.kpi.crm;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which CRM data a run read. Part of the run's identity: the same period read from two sources gives
 * two reports, so a run of one source never answers for (or is resumed by) a run of another. Named in
 * the log, {@code --history} and the Definitions sheet by {@link #id()}, which never holds credentials.
 */
public sealed interface CrmSource {

    /** The job parameter, and how the source is named to people. */
    String id();

    /**
     * The embedded demo CRM. Its rows follow from the generator's seed and scale and the last day it
     * generated (the data covers three years up to that day), so all three are part of the source.
     */
    record Demo(long seed, double scale, LocalDate through) implements CrmSource {

        private static final Pattern ID = Pattern.compile("demo data \\(seed (-?\\d+), scale (\\S+), through (\\S+)\\)");

        @Override
        public String id() {
            return "demo data (seed " + seed + ", scale " + scale + ", through " + through + ")";
        }
    }

    /**
     * A company CRM: the profile its tables are read with ({@code native}: the tables of crm-schema.md)
     * and where it is, host:port/database.
     */
    record Crm(String profile, String location) implements CrmSource {

        private static final String AT = " CRM at ";

        @Override
        public String id() {
            return profile + AT + location;
        }
    }

    /** A run recorded before runs recorded their source: it answers for no source. */
    record Unrecorded() implements CrmSource {

        @Override
        public String id() {
            return "(not recorded)";
        }
    }

    /** The source whose {@link #id()} this is; {@code null} (a run recorded without one) is {@link Unrecorded}. */
    static CrmSource parse(String id) {
        if (id == null) {
            return new Unrecorded();
        }
        Matcher demo = Demo.ID.matcher(id);
        if (demo.matches()) {
            return new Demo(Long.parseLong(demo.group(1)), Double.parseDouble(demo.group(2)),
                    LocalDate.parse(demo.group(3)));
        }
        int at = id.indexOf(Crm.AT);
        if (at > 0) {
            return new Crm(id.substring(0, at), id.substring(at + Crm.AT.length()));
        }
        throw new IllegalArgumentException("not a CRM source: '" + id + "'");
    }
}
