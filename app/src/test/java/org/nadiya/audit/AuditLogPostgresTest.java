package org.nadiya.audit;

import javax.sql.DataSource;

import org.nadiya.testsupport.NadiyaPostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

@NadiyaPostgresTest
class AuditLogPostgresTest extends AuditLogContract {

    @Autowired
    DataSource dataSource;

    /** Only a superuser who switches triggers off can do this; the chain still catches it. */
    @Override
    void asIntruder(java.util.function.Consumer<JdbcClient> change) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            try {
                change.accept(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
            } finally {
                statement.execute("set session_replication_role = origin");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
