package org.nadiya.match.identifiers;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses in lower case; Gmail ignores dots and "+tags", so its addresses are keyed without them. */
final class Emails {

    private static final Pattern SHAPE = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    private Emails() {
    }

    static IdentifierCheck check(String raw) {
        String email = raw.strip().toLowerCase(Locale.ROOT);
        if (email.startsWith("mailto:")) {
            email = email.substring(7);
        }
        if (!SHAPE.matcher(email).matches() || email.startsWith(".") || email.contains("..")) {
            return IdentifierCheck.invalid(IdentifierKind.EMAIL, "'" + raw.strip() + "' is not an e-mail address (name@domain.tld)");
        }
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        String key = email;
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            int plus = local.indexOf('+');
            key = (plus >= 0 ? local.substring(0, plus) : local).replace(".", "") + "@gmail.com";
        }
        return IdentifierCheck.valid(new Identifier(IdentifierKind.EMAIL, key, email));
    }
}
