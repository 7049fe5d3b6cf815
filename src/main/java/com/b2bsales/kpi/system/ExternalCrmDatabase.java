package com.b2bsales.kpi.system;

import com.b2bsales.kpi.crm.CrmProfile;
import com.b2bsales.kpi.crm.CrmSource;
import com.b2bsales.kpi.crm.CrmTimes;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.ZoneId;
import javax.sql.DataSource;

/** The company's own CRM, named by {@code CRM_DB_URL}: read only, never written. */
final class ExternalCrmDatabase implements CrmDatabase, AutoCloseable {

    private final HikariDataSource pool;
    private final CrmSource source;
    private final String description;
    private final int fetchSize;
    private final CrmProfile profile;
    private final CrmTimes times;

    ExternalCrmDatabase(String url, String user, String password, int fetchSize, CrmProfile profile, ZoneId reportZone,
            Duration connectTimeout) {
        this.profile = profile;
        this.times = new CrmTimes(reportZone, profile.utc());
        // A family step holds one connection at a time (its queries are opened one after the other): 8 is more
        // than the five family steps running at once.
        this.pool = Databases.pool("crm", url, user, password, true, 8, connectTimeout);
        this.source = new CrmSource.Crm(profile.name(), Databases.where(url));
        this.description = "the CRM database at " + Databases.where(url)
                + (profile.name().equals(CrmProfile.NATIVE) ? "" : " (profile " + profile.name() + ")");
        // Connector/J buffers a whole result set in memory unless asked to stream row by row.
        this.fetchSize = Databases.isMySqlFamily(url) ? Integer.MIN_VALUE : fetchSize;
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public CrmSource source() {
        return source;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public int fetchSize() {
        return fetchSize;
    }

    @Override
    public CrmProfile profile() {
        return profile;
    }

    @Override
    public CrmTimes times() {
        return times;
    }

    @Override
    public void prepare() {
        checkReachable();
        checkProfile();
        checkHasRows();
    }

    @Override
    public void close() {
        pool.close();
    }
}
