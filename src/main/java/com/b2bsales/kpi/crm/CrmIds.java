package com.b2bsales.kpi.crm;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Ids are opaque strings (crm-schema.md): the native schema's BIGINTs read as text, SuiteCRM's UUIDs, '1',
 * 'seed_sally_id'. Where the job needs an order of ids (per-rep sums, the choice between forecasts submitted at the
 * same instant), shorter ids come first and ids of the same length go by their characters: for numeric ids without
 * leading zeros that is their numeric order, so the native schema's ids keep the order they had as numbers.
 */
public final class CrmIds {

    /** Serializable: sorted sets and maps of ids are saved with a step's state at every commit. */
    public static final Comparator<String> ORDER = new IdOrder();

    private CrmIds() {
    }

    private static final class IdOrder implements Comparator<String>, Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public int compare(String a, String b) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }

        /** One order per JVM, however many restored copies: sets saved and restored compare equal. */
        private Object readResolve() {
            return ORDER;
        }
    }
}
