package com.b2bsales.kpi.system;

import javax.sql.DataSource;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job metadata store's tables: Spring Batch's own, from the schema in its jar
 * ({@code spring.batch.jdbc.initialize-schema}), then ours from {@code db/batch/report-<platform>.sql} (MariaDB: mysql): the
 * run locks' table, and on MySQL and MariaDB execution contexts that hold more than 64 KB. Both at every
 * start; a table that is already there stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class JobStoreTables {

    static final String OURS = "classpath:db/batch/report-@@platform@@.sql";

    /** After Spring Batch's tables (the given initializer), which ours widen. */
    @Bean
    DataSourceScriptDatabaseInitializer reportTablesInitializer(DataSource batchDataSource,
            BatchDataSourceScriptDatabaseInitializer batchTables) {
        DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
        // MariaDB takes MySQL's DDL
        settings.setSchemaLocations(new PlatformPlaceholderDatabaseDriverResolver()
                .withDriverPlatform(DatabaseDriver.MARIADB, "mysql").resolveAll(batchDataSource, OURS));
        settings.setMode(DatabaseInitializationMode.ALWAYS);
        // like Spring Batch's: a store whose user may not alter it still runs the report
        settings.setContinueOnError(true);
        return new DataSourceScriptDatabaseInitializer(batchDataSource, settings);
    }
}
