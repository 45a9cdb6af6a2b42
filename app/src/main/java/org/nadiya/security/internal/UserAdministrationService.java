package org.nadiya.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.IssuedToken;
import org.nadiya.security.NewUser;
import org.nadiya.security.ReferenceData;
import org.nadiya.security.TokenInfo;
import org.nadiya.security.UserAccount;
import org.nadiya.security.UserAdministration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserAdministrationService implements UserAdministration {

    private final UserStore users;
    private final ReferenceData reference;
    private final PasswordEncoder passwords;
    private final AesGcmFieldEncryption encryption;
    private final AuditLog audit;
    private final Clock clock;

    UserAdministrationService(UserStore users, ReferenceData reference, PasswordEncoder passwords,
                              AesGcmFieldEncryption encryption, AuditLog audit, Clock clock) {
        this.users = users;
        this.reference = reference;
        this.passwords = passwords;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String create(NewUser user) {
        String password = Secrets.password();
        insert(user, password, true);
        return password;
    }

    @Override
    @Transactional
    public void createWithPassword(NewUser user, String password) {
        PasswordPolicy.check(user.username(), password);
        insert(user, password, false);
    }

    private void insert(NewUser user, String password, boolean mustChange) {
        NewUser valid = validate(user);
        if (users.byUsername(valid.username()).isPresent()) {
            throw new InvalidInputException("username", "error.security.username.taken", valid.username());
        }
        long id = users.insert(valid.username(), valid.displayName(), email(valid), passwords.encode(password),
                valid.agencyCode(), valid.regionCode(), valid.supervisor(), mustChange, valid.roles(), clock.instant());
        audit.record(AuditEvent.allowed("USER_CREATED", "user", id)
                .with("username=" + valid.username() + " roles=" + valid.roles()));
    }

    private String email(NewUser user) {
        return user.email() == null ? null
                : encryption.encrypt(user.email(), UserStore.EMAIL.context(user.username()));
    }

    private NewUser validate(NewUser user) {
        String username = user.username() == null ? "" : user.username().trim().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z][a-z0-9._-]{1,63}")) {
            throw new InvalidInputException("username", "error.security.username.format");
        }
        String displayName = user.displayName() == null ? "" : user.displayName().trim();
        if (displayName.isEmpty() || displayName.length() > 200) {
            throw new InvalidInputException("displayName", "error.security.displayName.length");
        }
        String email = user.email() == null || user.email().isBlank() ? null : user.email().trim();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "error.security.email.invalid", email);
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            throw new InvalidInputException("roles", "error.security.roles.none");
        }
        if (user.agencyCode() == null || reference.agency(user.agencyCode()).isEmpty()) {
            throw new InvalidInputException("agency", "error.security.agency.unknown", user.agencyCode());
        }
        if (user.regionCode() == null || reference.region(user.regionCode()).isEmpty()) {
            throw new InvalidInputException("region", "error.security.region.unknown", user.regionCode());
        }
        return new NewUser(username, displayName, email, user.roles(), user.agencyCode(), user.regionCode(),
                user.supervisor());
    }

    @Override
    public List<UserAccount> list() {
        return users.all().stream().map(this::account).toList();
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return users.byUsername(username).map(this::account);
    }

    @Override
    public Optional<UserAccount> find(long id) {
        return users.byId(id).map(this::account);
    }

    @Override
    public UserAccount open(long id) {
        UserAccount account = account(existing(id));
        audit.record(AuditEvent.allowed("USER_VIEWED", "user", id));
        return account;
    }

    private UserAccount account(UserRow r) {
        String email = r.emailEnc() == null ? null : encryption.decrypt(r.emailEnc(), UserStore.EMAIL.context(r.username()));
        return new UserAccount(r.id(), r.username(), r.displayName(), email, r.roles(), r.agencyCode(), r.regionCode(),
                r.supervisor(), r.enabled(), r.mustChangePassword(), r.lockedAt(clock.instant()) ? r.lockedUntil() : null,
                r.createdAt());
    }

    @Override
    @Transactional
    public void update(long id, NewUser changes) {
        UserRow row = existing(id);
        NewUser valid = validate(new NewUser(row.username(), changes.displayName(), changes.email(), changes.roles(),
                changes.agencyCode(), changes.regionCode(), changes.supervisor()));
        users.update(id, valid.displayName(), email(valid), valid.agencyCode(), valid.regionCode(), valid.supervisor(),
                valid.roles());
        boolean accessChanged = !row.roles().equals(valid.roles()) || !row.agencyCode().equals(valid.agencyCode())
                || !row.regionCode().equals(valid.regionCode()) || row.supervisor() != valid.supervisor();
        if (accessChanged) {
            // What the user may see changed: sessions and tokens made under the old access end now.
            users.endSessionsAndTokens(id);
        }
        audit.record(AuditEvent.allowed("USER_UPDATED", "user", id).with(changes(row, valid)
                + (accessChanged ? "; sessions and tokens ended" : "")));
    }

    /** What an edit changed, field by field: old and new access, and only that a name or e-mail changed. */
    private String changes(UserRow before, NewUser after) {
        var changed = new java.util.ArrayList<String>();
        if (!before.roles().equals(after.roles())) {
            changed.add("roles " + new java.util.TreeSet<>(before.roles()) + " -> " + new java.util.TreeSet<>(after.roles()));
        }
        if (!before.agencyCode().equals(after.agencyCode())) {
            changed.add("agency " + before.agencyCode() + " -> " + after.agencyCode());
        }
        if (!before.regionCode().equals(after.regionCode())) {
            changed.add("region " + before.regionCode() + " -> " + after.regionCode());
        }
        if (before.supervisor() != after.supervisor()) {
            changed.add("supervisor " + before.supervisor() + " -> " + after.supervisor());
        }
        if (!before.displayName().equals(after.displayName())) {
            changed.add("display name changed");
        }
        String oldEmail = before.emailEnc() == null ? null
                : encryption.decrypt(before.emailEnc(), UserStore.EMAIL.context(before.username()));
        if (!java.util.Objects.equals(oldEmail, after.email())) {
            changed.add("e-mail changed");
        }
        return changed.isEmpty() ? "nothing changed" : String.join("; ", changed);
    }

    @Override
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        existing(id);
        users.setEnabled(id, enabled);
        if (!enabled) {
            users.endSessionsAndTokens(id);
        }
        audit.record(AuditEvent.allowed(enabled ? "USER_ENABLED" : "USER_DISABLED", "user", id));
    }

    @Override
    @Transactional
    public String resetPassword(long id) {
        existing(id);
        String password = Secrets.password();
        users.setPassword(id, passwords.encode(password), true, clock.instant());
        users.endSessionsAndTokens(id);
        audit.record(AuditEvent.allowed("PASSWORD_RESET", "user", id));
        return password;
    }

    @Override
    @Transactional
    public void changeOwnPassword(long id, String currentPassword, String newPassword) {
        UserRow row = existing(id);
        if (currentPassword == null || !passwords.matches(currentPassword, row.passwordHash())) {
            audit.record(AuditEvent.allowed("PASSWORD_CHANGE_FAILED", "user", id).with("wrong current password"));
            throw new InvalidInputException("currentPassword", "error.security.currentPassword.wrong");
        }
        PasswordPolicy.check(row.username(), newPassword);
        if (passwords.matches(newPassword, row.passwordHash())) {
            throw new InvalidInputException("password", "error.security.password.same");
        }
        users.setPassword(id, passwords.encode(newPassword), false, clock.instant());
        // Whoever knew the old password is signed out everywhere; the user signs in again with the new one.
        users.endSessionsAndTokens(id);
        audit.record(AuditEvent.allowed("PASSWORD_CHANGED", "user", id));
    }

    @Override
    @Transactional
    public IssuedToken issueToken(long userId, String name, int validDays) {
        UserRow row = existing(userId);
        if (!row.enabled()) {
            throw new InvalidInputException("user", "error.common.user.disabledNamed", row.username());
        }
        String label = name == null || name.isBlank() ? "token" : name.trim();
        if (label.length() > 100) {
            throw new InvalidInputException("name", "error.security.name.length");
        }
        if (validDays < 1 || validDays > 366) {
            throw new InvalidInputException("days", "error.security.days.range");
        }
        String secret = Secrets.token();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(validDays));
        String hash = Secrets.sha256(secret);
        users.insertToken(userId, label, hash, secret.substring(0, Secrets.TOKEN_PREFIX.length() + 6), now, expires);
        long tokenId = users.tokenId(hash);
        audit.record(AuditEvent.allowed("TOKEN_ISSUED", "token", tokenId).with("user=" + userId));
        return new IssuedToken(tokenId, label, secret, expires);
    }

    @Override
    public List<TokenInfo> tokens(long userId) {
        return users.tokens(userId);
    }

    @Override
    @Transactional
    public void revokeToken(long userId, long tokenId) {
        if (!users.revokeToken(userId, tokenId, clock.instant())) {
            throw new InvalidInputException("token", "error.security.token.unknown", tokenId);
        }
        audit.record(AuditEvent.allowed("TOKEN_REVOKED", "token", tokenId).with("user=" + userId));
    }

    @Override
    public boolean anyUserExists() {
        return users.any();
    }

    @Override
    @Transactional
    public Optional<String> createFirstAdministrator() {
        if (users.any()) {
            return Optional.empty();
        }
        return Optional.of(create(new NewUser("admin", "Administrator", null, java.util.Set.of(org.nadiya.security.Role.ADMIN),
                "NADIYA_ADMIN", org.nadiya.security.CurrentUser.CENTRAL, false)));
    }

    private UserRow existing(long id) {
        return users.byId(id).orElseThrow(() -> new InvalidInputException("user", "error.security.user.unknown", id));
    }
}
