package com.b2bsales.kpi.crm;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How the CRM's DATETIMEs become local date-times of the report zone: as they are (the native schema stores them in
 * the report zone), or from UTC (SuiteCRM). DATE columns are calendar dates and are never converted.
 */
public record CrmTimes(ZoneId reportZone, boolean storedInUtc) implements Serializable {

    /** DATETIMEs already in the report zone. */
    public static final CrmTimes LOCAL = new CrmTimes(ZoneOffset.UTC, false);

    public LocalDateTime local(LocalDateTime stored) {
        if (!storedInUtc || stored == null) {
            return stored;
        }
        return stored.atOffset(ZoneOffset.UTC).atZoneSameInstant(reportZone).toLocalDateTime();
    }
}
