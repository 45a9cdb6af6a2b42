package org.nadiya.match.identifiers;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messenger and social-network handles as "platform:name" in lower case. Links (t.me/..., instagram.com/...) and
 * "platform:@name" are accepted; Viber and WhatsApp accounts are phone numbers, keyed by the E.164 form.
 */
final class Handles {

    private static final Pattern LINK = Pattern.compile(
            "(?:https?://)?(?:www\\.|m\\.)?(t\\.me|telegram\\.me|instagram\\.com|facebook\\.com|fb\\.com|tiktok\\.com|wa\\.me)/(.+)");
    private static final Pattern PREFIXED = Pattern.compile("(telegram|tg|instagram|ig|facebook|fb|tiktok|viber|whatsapp)\\s*:\\s*(.+)");

    private Handles() {
    }

    static IdentifierCheck check(String raw) {
        String text = raw.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher link = LINK.matcher(lower);
        if (link.matches()) {
            String platform = switch (link.group(1)) {
                case "t.me", "telegram.me" -> "telegram";
                case "instagram.com" -> "instagram";
                case "facebook.com", "fb.com" -> "facebook";
                case "tiktok.com" -> "tiktok";
                default -> "whatsapp";
            };
            String rest = link.group(2).replaceAll("[?#].*$", "").replaceAll("/+$", "");
            if (platform.equals("facebook") && link.group(2).startsWith("profile.php?id=")) {
                rest = link.group(2).substring("profile.php?id=".length()).replaceAll("&.*$", "");
            }
            return named(platform, rest, raw);
        }
        Matcher prefixed = PREFIXED.matcher(lower);
        if (prefixed.matches()) {
            String platform = switch (prefixed.group(1)) {
                case "tg" -> "telegram";
                case "ig" -> "instagram";
                case "fb" -> "facebook";
                default -> prefixed.group(1);
            };
            return named(platform, prefixed.group(2), raw);
        }
        if (lower.startsWith("@")) {
            return named("any", lower.substring(1), raw);
        }
        return invalid("'" + text + "' names no platform: write telegram:@name, instagram:@name, ... or paste the link (t.me/name)");
    }

    private static IdentifierCheck named(String platform, String rawName, String raw) {
        String name = rawName.strip();
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        if (platform.equals("viber") || platform.equals("whatsapp")) {
            IdentifierCheck phone = PhoneNumbers.check(name);
            if (!phone.isValid()) {
                return invalid(platform + " accounts are phone numbers: " + phone.problem());
            }
            return IdentifierCheck.valid(Identifier.of(IdentifierKind.HANDLE, platform + ":" + phone.identifier().key()));
        }
        String rule = switch (platform) {
            case "telegram" -> "[a-z][a-z0-9_]{3,31}";
            case "instagram" -> "[a-z0-9._]{1,30}";
            case "tiktok" -> "[a-z0-9._]{2,24}";
            case "facebook" -> "[a-z0-9.]{5,50}|[0-9]{5,20}";
            default -> "[a-z0-9._]{2,32}";
        };
        if (!name.matches(rule)) {
            return invalid("'" + name + "' is not a possible " + platform + " name (allowed: " + rule + ")");
        }
        return IdentifierCheck.valid(Identifier.of(IdentifierKind.HANDLE, platform + ":" + name));
    }

    private static IdentifierCheck invalid(String problem) {
        return IdentifierCheck.invalid(IdentifierKind.HANDLE, problem);
    }
}
