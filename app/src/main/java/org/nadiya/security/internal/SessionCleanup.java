package org.nadiya.security.internal;

import java.time.Duration;

import org.nadiya.kernel.Recurring;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/** Deletes expired sessions from the shared session tables, every minute, on one instance at a time. */
@Component
class SessionCleanup implements Recurring {

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

    SessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return "session-cleanup";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run() {
        sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions);
    }
}
