package org.nadiya.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users, passwords, tokens and field-key rotation on every database; subclasses pick the database. */
abstract class UserAdministrationContract {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    UserAdministration users;

    @Autowired
    FieldKeys keys;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private String newName() {
        return "user" + System.nanoTime() % 1_000_000_000 + "n" + SEQ.incrementAndGet();
    }

    private NewUser investigator(String name) {
        return new NewUser(name, "Тестовий Слідчий", name + "@test.invalid", Set.of(Role.INVESTIGATOR), "NPU",
                "UA-46", false);
    }

    @Test
    void createsAUserWithAOneTimePasswordAndAudits() {
        String name = newName();
        String password = users.create(investigator(name));
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        var account = users.find(name).orElseThrow();
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.roles()).containsExactly(Role.INVESTIGATOR);
        assertThat(account.email()).isEqualTo(name + "@test.invalid");
        assertThat(audit.count(new AuditQuery(null, "USER_CREATED", "user", String.valueOf(account.id()), null, null,
                null, 0, 10))).isOne();
    }

    @Test
    void storesTheEmailEncryptedAndThePasswordHashed() {
        String name = newName();
        String password = users.create(investigator(name));
        var row = jdbc.sql("select email_enc, password_hash from app_user where username = :u").param("u", name)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        assertThat(row[0]).startsWith("v1:").doesNotContain(name + "@");
        assertThat(row[1]).startsWith("{bcrypt}").doesNotContain(password);
    }

    @Test
    void refusesBadInputNamingTheField() {
        assertThatThrownBy(() -> users.create(investigator("Bad Name")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("username");
        String name = newName();
        assertThatThrownBy(() -> users.create(new NewUser(name, "X", null, Set.of(Role.ANALYST), "NPU", "UA-99", false)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("region");
        assertThatThrownBy(() -> users.create(new NewUser(name, "X", null, Set.of(), "NPU", "UA-46", false)))
                .extracting("field").isEqualTo("roles");
        assertThatThrownBy(() -> users.create(new NewUser(name, "X", null, Set.of(Role.ANALYST), "NOPE", "UA", false)))
                .extracting("field").isEqualTo("agency");
        users.create(investigator(name));
        assertThatThrownBy(() -> users.create(investigator(name))).hasMessageContaining("already exists");
        assertThat(users.find(name)).isPresent();
    }

    @Test
    void changingThePasswordChecksTheOldOneAndThePolicy() {
        String name = newName();
        String oneTime = users.create(investigator(name));
        long id = users.find(name).orElseThrow().id();
        assertThatThrownBy(() -> users.changeOwnPassword(id, "wrong-password-here", "river-lantern-copper-9"))
                .extracting("field").isEqualTo("currentPassword");
        assertThatThrownBy(() -> users.changeOwnPassword(id, oneTime, "short")).extracting("field").isEqualTo("password");
        users.changeOwnPassword(id, oneTime, "river-lantern-copper-9");
        assertThat(users.find(id).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void tokensAreIssuedListedAndRevoked() {
        String name = newName();
        users.create(investigator(name));
        long id = users.find(name).orElseThrow().id();
        var token = users.issueToken(id, "script", 30);
        assertThat(token.secret()).startsWith("nad_");
        var listed = users.tokens(id);
        assertThat(listed).singleElement().satisfies(t -> {
            assertThat(t.prefix()).isEqualTo(token.secret().substring(0, 10));
            assertThat(t.revokedAt()).isNull();
        });
        assertThat(jdbc.sql("select count(*) from access_token where token_hash = :s").param("s", token.secret())
                .query(Long.class).single()).as("the secret itself is never stored").isZero();
        users.revokeToken(id, token.id());
        assertThat(users.tokens(id).get(0).revokedAt()).isNotNull();
        assertThatThrownBy(() -> users.revokeToken(id, token.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.issueToken(id, "x", 0)).extracting("field").isEqualTo("days");
    }

    @Test
    void keyRotationReencryptsEveryEncryptedFieldInOneGo() {
        String name = newName();
        users.create(investigator(name));
        String before = keyOf(name);
        var rotation = keys.rotate();
        assertThat(rotation.oldKeyId()).isNotEqualTo(rotation.newKeyId());
        assertThat(rotation.fieldsReencrypted()).isPositive();
        assertThat(keyOf(name)).isEqualTo(rotation.newKeyId()).isNotEqualTo(before);
        long stale = jdbc.sql("select count(*) from app_user where email_enc is not null and email_enc not like :k")
                .param("k", "v1:" + rotation.newKeyId() + ":%").query(Long.class).single();
        assertThat(stale).isZero();
        assertThat(users.find(name).orElseThrow().email()).isEqualTo(name + "@test.invalid");
        assertThat(encryption.activeKeyId()).isEqualTo(rotation.newKeyId());
    }

    private String keyOf(String username) {
        return encryption.keyIdOf(jdbc.sql("select email_enc from app_user where username = :u")
                .param("u", username).query(String.class).single());
    }
}
