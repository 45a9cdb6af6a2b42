package org.nadiya.match.identifiers;

import java.util.Locale;

import org.nadiya.match.Lookalikes;

/**
 * Vehicle plates without spaces, Cyrillic lookalikes turned Latin (Ukrainian plates use only the twelve letters
 * that look alike: А В Е І К М Н О Р С Т Х). A Ukrainian plate is two letters, four digits, two letters; a
 * foreign one is "CC:plate".
 */
final class VehiclePlates {

    private static final String UA_LETTERS = "[ABEIKMHOPCTX]";

    private VehiclePlates() {
    }

    static IdentifierCheck check(String raw) {
        String text = Lookalikes.capitalsToLatin(raw.strip().toUpperCase(Locale.ROOT)).replaceAll("[\\s-]", "");
        if (text.matches("[A-Z]{2}:[A-Z0-9]{2,10}") && !text.startsWith("UA:")) {
            return IdentifierCheck.valid(Identifier.of(IdentifierKind.VEHICLE_PLATE, text));
        }
        if (text.startsWith("UA:")) {
            text = text.substring(3);
        }
        if (text.matches(UA_LETTERS + "{2}[0-9]{4}" + UA_LETTERS + "{2}")) {
            return IdentifierCheck.valid(Identifier.of(IdentifierKind.VEHICLE_PLATE, "UA:" + text));
        }
        return IdentifierCheck.invalid(IdentifierKind.VEHICLE_PLATE, "'" + raw.strip() + "' is not a Ukrainian plate (2 letters of"
                + " А В Е І К М Н О Р С Т Х, 4 digits, 2 letters, e.g. АА1234ВВ); write a foreign plate as CC:plate, e.g. PL:WA12345");
    }
}
