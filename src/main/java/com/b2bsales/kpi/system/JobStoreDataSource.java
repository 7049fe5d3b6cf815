package com.b2bsales.kpi.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The job metadata store's connections, whose every failure is a {@link JobStoreException} naming
 * the store. Everything Spring Batch does with the store goes through them (the job repository,
 * the chunk transactions' commits and rollbacks, the schema), so a message can tell a failing store
 * from a failing CRM by where the exception came from, whatever its type.
 */
final class JobStoreDataSource extends DelegatingDataSource {

    /** What a connection hands out that can fail in turn. */
    private static final Set<Class<?>> JDBC_TYPES = Set.of(Statement.class, PreparedStatement.class,
            CallableStatement.class, ResultSet.class, DatabaseMetaData.class);

    private final String store;

    /** @param store "the job metadata store at var/batch-metadata.sqlite" */
    JobStoreDataSource(DataSource connections, String store) {
        super(connections);
        this.store = store;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return (Connection) naming(Connection.class, super.getConnection());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        try {
            return (Connection) naming(Connection.class, super.getConnection(user, password));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Object naming(Class<?> type, Object target) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> invoke(target, method, args);
                });
    }

    private Object invoke(Object target, Method method, Object[] args) throws Throwable {
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof SQLException sql ? failure(sql) : e.getCause();
        }
        Class<?> type = method.getReturnType();
        return result != null && JDBC_TYPES.contains(type) ? naming(type, result) : result;
    }

    private SQLException failure(SQLException e) {
        return e instanceof JobStoreException ? e : new JobStoreException(store, e);
    }
}
