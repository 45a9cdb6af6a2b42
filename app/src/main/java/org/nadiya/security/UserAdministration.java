package org.nadiya.security;

import java.util.List;
import java.util.Optional;

/**
 * Creating and keeping users and their personal access tokens. Every change is audited. Passwords
 * returned here are one-time: the user must change them at first sign-in.
 */
public interface UserAdministration {

    /** Creates the user with a generated one-time password, which is returned and never stored in clear. */
    String create(NewUser user);

    /** Creates the user with the given password and no forced change (demo users only). */
    void createWithPassword(NewUser user, String password);

    List<UserAccount> list();

    Optional<UserAccount> find(String username);

    Optional<UserAccount> find(long id);

    /** The user with their decrypted contact details, for an administrator's eyes: the read is audited. */
    UserAccount open(long id);

    void update(long id, NewUser changes);

    void setEnabled(long id, boolean enabled);

    /** Sets a new one-time password, clears any lockout, and returns the password. */
    String resetPassword(long id);

    /** Changes the signed-in user's own password after checking the current one and the policy. */
    void changeOwnPassword(long id, String currentPassword, String newPassword);

    IssuedToken issueToken(long userId, String name, int validDays);

    List<TokenInfo> tokens(long userId);

    /** Revokes a token of the given user; refuses a token that is not theirs. */
    void revokeToken(long userId, long tokenId);

    boolean anyUserExists();

    /**
     * On an empty database creates {@code admin} (central level, ADMIN role) with a one-time password and
     * returns that password; returns empty when any user exists.
     */
    Optional<String> createFirstAdministrator();
}
