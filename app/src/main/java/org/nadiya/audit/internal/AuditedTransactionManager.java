package org.nadiya.audit.internal;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The application's transaction manager: Spring's {@link JdbcTransactionManager} that, once the outermost
 * transaction of a thread has returned its connection to the pool, writes the audit entries that had to wait
 * ({@link DeferredAppends}). So no request path holds two pool connections at once for auditing.
 */
class AuditedTransactionManager extends JdbcTransactionManager {

    AuditedTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        DeferredAppends.transactionBegun();
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        super.doCleanupAfterCompletion(transaction);
        DeferredAppends.transactionEnded();
    }

    @Configuration(proxyBeanMethods = false)
    static class Config {

        @Bean
        AuditedTransactionManager transactionManager(DataSource dataSource,
                                                     ObjectProvider<TransactionManagerCustomizers> customizers) {
            var manager = new AuditedTransactionManager(dataSource);
            customizers.ifAvailable(c -> c.customize(manager));
            return manager;
        }
    }
}
