package com.b2bsales.kpi.system;

import com.b2bsales.kpi.crm.CrmSource;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** The company's own CRM, named by {@code CRM_DB_URL}: read only, never written. */
final class ExternalCrmDatabase implements CrmDatabase, AutoCloseable {

    private final HikariDataSource pool;
    private final CrmSource source;
    private final String description;
    private final int fetchSize;

    ExternalCrmDatabase(String url, String user, String password, int fetchSize) {
        this.pool = Databases.pool("crm", url, user, password, true, 8);
        this.source = new CrmSource.Crm(CrmSource.Crm.NATIVE, Databases.where(url));
        this.description = "the CRM database at " + Databases.where(url);
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
    public void prepare() {
        checkReachable();
        checkHasRows();
    }

    @Override
    public void close() {
        pool.close();
    }
}
