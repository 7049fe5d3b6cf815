package com.b2bsales.kpi.system;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The two databases of the job: the job metadata store (Spring Batch's tables; an embedded SQLite
 * file under {@code var/} unless {@code BATCH_DB_URL} is set) and the CRM (read-only; the embedded
 * demo unless {@code CRM_DB_URL} is set). Both come from the environment, never from files in the
 * repository. The demo is the demo package's own bean ({@link CrmUrl.Blank}); the report knows only
 * {@link CrmDatabase}.
 */
@Configuration(proxyBeanMethods = false)
public class DataSourceConfiguration {

    @Bean(destroyMethod = "close")
    HikariDataSource batchConnections(@Value("${batch.db.url}") String url,
            @Value("${batch.db.user:}") String user, @Value("${batch.db.password:}") String password) {
        Databases.createFolderOfFile(url);
        return Databases.pool("batch-metadata", url, user, password, false, 4);
    }

    /**
     * The job metadata store as Spring Batch uses it. Its failures name the store. A transaction
     * takes a connection only at its first statement: a chunk's transaction spans reading the
     * chunk from the CRM, but it touches the store only to save the chunk's restart state at its
     * end, and the embedded SQLite store admits one writer at a time, across processes.
     */
    @Bean
    @Primary
    DataSource batchDataSource(HikariDataSource batchConnections, @Value("${batch.db.url}") String url) {
        return new LazyConnectionDataSourceProxy(
                new JobStoreDataSource(batchConnections, "the job metadata store at " + Databases.where(url)));
    }

    @Bean
    @Primary
    PlatformTransactionManager transactionManager(DataSource batchDataSource) {
        return new JdbcTransactionManager(batchDataSource);
    }

    /** The company's CRM, when {@code CRM_DB_URL} names it. */
    @Bean(destroyMethod = "close")
    @Conditional(CrmUrl.Given.class)
    CrmDatabase crmDatabase(@Value("${crm.db.url}") String url, @Value("${crm.db.user:}") String user,
            @Value("${crm.db.password:}") String password, ReportProperties properties) {
        return new ExternalCrmDatabase(url, user, password, properties.fetchSize(), properties.crm().toProfile(),
                properties.timezone(), properties.crm().connectTimeout());
    }
}
