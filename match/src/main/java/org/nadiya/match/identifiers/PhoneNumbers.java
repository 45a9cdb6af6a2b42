package org.nadiya.match.identifiers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/** Phone numbers in E.164 via libphonenumber; a number without a country code is read as Ukrainian. */
final class PhoneNumbers {

    static final String DEFAULT_REGION = "UA";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    static IdentifierCheck check(String raw) {
        String text = raw.strip();
        if (text.startsWith("00")) {
            text = "+" + text.substring(2);
        }
        try {
            var number = UTIL.parse(text, DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                String region = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
                return IdentifierCheck.invalid(IdentifierKind.PHONE, "'" + raw.strip()
                        + "' is not a valid number in " + region + " (wrong length or prefix)");
            }
            return IdentifierCheck.valid(Identifier.of(IdentifierKind.PHONE, UTIL.format(number, PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return IdentifierCheck.invalid(IdentifierKind.PHONE, "'" + raw.strip() + "' is not a phone number ("
                    + e.getErrorType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
        }
    }
}
