package org.nadiya.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nadiya.security.EncryptedColumn;
import org.nadiya.security.Role;
import org.nadiya.security.TokenInfo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for users, their roles and tokens. */
@Repository
class UserStore {

    static final EncryptedColumn EMAIL = new EncryptedColumn("app_user", "username", "email_enc");

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserRow> byUsername(String username) {
        return one("where u.username = :key", username);
    }

    Optional<UserRow> byId(long id) {
        return one("where u.id = :key", id);
    }

    private Optional<UserRow> one(String where, Object key) {
        var rows = jdbc.sql("select * from app_user u " + where).param("key", key).query(this::row).list();
        return rows.stream().findFirst().map(this::loadRoles);
    }

    List<UserRow> all() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select user_id, role from user_role").query((rs, n) -> {
            roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
            return null;
        }).list();
        return jdbc.sql("select * from app_user u order by u.username").query(this::row).list().stream()
                .map(r -> r.withRoles(roles.getOrDefault(r.id(), EnumSet.noneOf(Role.class))))
                .toList();
    }

    boolean any() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
    }

    long insert(String username, String displayName, String emailEnc, String hash, String agency, String region,
                boolean supervisor, boolean mustChange, Set<Role> roles, Instant now) {
        jdbc.sql("""
                insert into app_user (username, display_name, email_enc, password_hash, agency_code, region_code,
                    supervisor, enabled, must_change_password, failed_logins, created_at, password_changed_at)
                values (:username, :name, :email, :hash, :agency, :region, :supervisor, true, :mustChange, 0,
                    :now, :now)
                """)
                .param("username", username).param("name", displayName).param("email", emailEnc)
                .param("hash", hash).param("agency", agency).param("region", region)
                .param("supervisor", supervisor).param("mustChange", mustChange).param("now", ts(now))
                .update();
        long id = jdbc.sql("select id from app_user where username = :u").param("u", username)
                .query(Long.class).single();
        setRoles(id, roles);
        return id;
    }

    void update(long id, String displayName, String emailEnc, String agency, String region, boolean supervisor,
                Set<Role> roles) {
        jdbc.sql("""
                update app_user set display_name = :name, email_enc = :email, agency_code = :agency,
                    region_code = :region, supervisor = :supervisor where id = :id
                """)
                .param("name", displayName).param("email", emailEnc).param("agency", agency)
                .param("region", region).param("supervisor", supervisor).param("id", id).update();
        setRoles(id, roles);
    }

    private void setRoles(long id, Set<Role> roles) {
        jdbc.sql("delete from user_role where user_id = :id").param("id", id).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = :e where id = :id").param("e", enabled).param("id", id).update();
    }

    /**
     * Ends every session and token of the user at once: each request compares the version its session or token
     * was made under with this one (works across application instances, whatever holds the sessions).
     */
    void endSessionsAndTokens(long id) {
        jdbc.sql("update app_user set credential_version = credential_version + 1 where id = :id")
                .param("id", id).update();
    }

    /** What every session-authenticated request re-checks: still enabled, and sessions not ended since sign-in. */
    Optional<SessionState> sessionState(long id) {
        return jdbc.sql("select enabled, credential_version from app_user where id = :id").param("id", id)
                .query((rs, n) -> new SessionState(rs.getBoolean(1), rs.getLong(2))).optional();
    }

    record SessionState(boolean enabled, long credentialVersion) {
    }

    void setPassword(long id, String hash, boolean mustChange, Instant now) {
        jdbc.sql("""
                update app_user set password_hash = :hash, must_change_password = :mustChange,
                    password_changed_at = :now, failed_logins = 0, locked_until = null where id = :id
                """)
                .param("hash", hash).param("mustChange", mustChange).param("now", ts(now)).param("id", id)
                .update();
    }

    /** Counts a failed sign-in and returns the new count. */
    int recordFailure(long id) {
        jdbc.sql("update app_user set failed_logins = failed_logins + 1 where id = :id").param("id", id).update();
        return jdbc.sql("select failed_logins from app_user where id = :id").param("id", id)
                .query(Integer.class).single();
    }

    void lockUntil(long id, Instant until) {
        jdbc.sql("update app_user set locked_until = :until where id = :id")
                .param("until", ts(until)).param("id", id).update();
    }

    void clearFailures(long id) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where id = :id and "
                + "(failed_logins <> 0 or locked_until is not null)").param("id", id).update();
    }

    void insertToken(long userId, String name, String hash, String prefix, Instant now, Instant expires) {
        jdbc.sql("""
                insert into access_token (user_id, name, token_hash, token_prefix, created_at, expires_at,
                    credential_version)
                values (:user, :name, :hash, :prefix, :now, :expires,
                    (select credential_version from app_user where id = :user))
                """)
                .param("user", userId).param("name", name).param("hash", hash).param("prefix", prefix)
                .param("now", ts(now)).param("expires", ts(expires)).update();
    }

    long tokenId(String hash) {
        return jdbc.sql("select id from access_token where token_hash = :h").param("h", hash)
                .query(Long.class).single();
    }

    /**
     * The user id of an active token with this hash: not revoked, not expired, and made under the user's current
     * credential version (a password reset, a role change or disabling the user ends every older token).
     */
    Optional<Long> tokenOwner(String hash, Instant now) {
        return jdbc.sql("""
                select t.user_id from access_token t join app_user u on u.id = t.user_id
                where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now
                  and t.credential_version = u.credential_version
                """)
                .param("hash", hash).param("now", ts(now)).query(Long.class).optional();
    }

    /**
     * Records the token's use at most once a minute: an update on every request would make one client's concurrent
     * requests queue on the token's row lock. A row whose last use is recent is not matched, so not locked.
     */
    void touchToken(String hash, Instant now) {
        jdbc.sql("update access_token set last_used_at = :now where token_hash = :hash"
                        + " and (last_used_at is null or last_used_at < :stale)")
                .param("now", ts(now)).param("hash", hash).param("stale", ts(now.minus(TOKEN_USE_PRECISION)))
                .update();
    }

    /** How exact a token's "last used" time is. */
    static final java.time.Duration TOKEN_USE_PRECISION = java.time.Duration.ofMinutes(1);

    List<TokenInfo> tokens(long userId) {
        return jdbc.sql("select * from access_token where user_id = :u order by created_at desc, id desc")
                .param("u", userId)
                .query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                        instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
                        instant(rs, "revoked_at")))
                .list();
    }

    boolean revokeToken(long userId, long tokenId, Instant now) {
        return jdbc.sql("update access_token set revoked_at = :now where id = :id and user_id = :u and revoked_at is null")
                .param("now", ts(now)).param("id", tokenId).param("u", userId).update() == 1;
    }

    private UserRow loadRoles(UserRow r) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from user_role where user_id = :id").param("id", r.id()).query(String.class).list()
                .forEach(name -> roles.add(Role.valueOf(name)));
        return r.withRoles(roles);
    }

    private UserRow row(ResultSet rs, int n) throws SQLException {
        return new UserRow(rs.getLong("id"), rs.getString("username"),
                rs.getString("display_name"), rs.getString("email_enc"), rs.getString("password_hash"),
                rs.getString("agency_code"), rs.getString("region_code"), rs.getBoolean("supervisor"),
                rs.getBoolean("enabled"), rs.getBoolean("must_change_password"), rs.getInt("failed_logins"),
                instant(rs, "locked_until"), instant(rs, "created_at"), rs.getLong("credential_version"), Set.of());
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Configuration(proxyBeanMethods = false)
    static class Columns {
        @Bean
        EncryptedColumn userEmailColumn() {
            return EMAIL;
        }
    }
}
