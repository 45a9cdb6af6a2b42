package org.nadiya.links.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nadiya.links.LinkedIdentifier;

/**
 * How each identifier kind becomes FollowTheMoney (schema files of FtM 3.8, docs/sources.md): accounts, companies,
 * wallets, vehicles, addresses and accounts on platforms are entities of their own, linked to their holder by
 * {@code UnknownLink}; phones and e-mails are properties of the holder, or of a {@code LegalEntity} of their own when
 * nobody is known to hold them; an organisation's EDRPOU is its {@code registrationNumber}. Values are the raw
 * identifiers with FtM's own properties beside them (currency, service, country), never Nadiya's prefixes. Masked
 * values (cards, РНОКПП, passports) are not identifiers: they go to {@code notes} only.
 */
final class FtmMapping {

    /** Id prefix of an organisation of the proceeding ({@code Organization}; its EDRPOU is its registration number). */
    static final String ORGANISATION = "nadiya-organisation-";

    private FtmMapping() {
    }

    static void add(Map<String, Map<String, Object>> entities, LinkedIdentifier i, String holder) {
        String id = "nadiya-identifier-" + i.id();
        String value = i.display();
        switch (i.kind()) {
            case PHONE -> contact(entities, id, holder, "phone", value);
            case EMAIL -> contact(entities, id, holder, "email", value);
            case RNOKPP -> masked(entities, holder, "РНОКПП " + value);
            case PASSPORT -> masked(entities, holder, "passport " + value);
            case CARD -> linked(entities, entity(id, "BankAccount", "accountType", "payment card", "notes", value), holder);
            case IBAN -> linked(entities, entity(id, "BankAccount", "iban", value), holder);
            case EDRPOU -> {
                if (holder != null && holder.startsWith(ORGANISATION)) {
                    property(entities.get(holder), "registrationNumber", value);
                    property(entities.get(holder), "jurisdiction", "ua");
                } else {
                    // FtM requires a name; a company known only by its code is named by it.
                    linked(entities, entity(id, "Company", "name", value, "registrationNumber", value,
                            "jurisdiction", "ua"), holder);
                }
            }
            case CRYPTO_WALLET -> {
                String[] parts = value.split(":", 2);
                linked(entities, entity(id, "CryptoWallet", "publicKey", parts[1],
                        "currencySymbol", parts[0].toUpperCase(Locale.ROOT)), holder);
            }
            case VEHICLE_PLATE -> {
                String[] parts = value.split(":", 2);
                linked(entities, entity(id, "Vehicle", "registrationNumber", parts[1],
                        "country", parts[0].toLowerCase(Locale.ROOT)), holder);
            }
            case POSTAL_ADDRESS -> linked(entities, entity(id, "Address", "full", value), holder);
            case HANDLE -> {
                String[] parts = value.split(":", 2);
                var account = parts[0].equals("any") ? entity(id, "UserAccount", "username", parts[1])
                        : entity(id, "UserAccount", "username", parts[1], "service", parts[0]);
                if (parts[1].startsWith("+")) {
                    property(account, "number", parts[1]);
                }
                linked(entities, account, holder);
            }
        }
    }

    /** An entity with single-valued properties given as name, value pairs. */
    static Map<String, Object> entity(String id, String schema, String... properties) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int p = 0; p < properties.length; p += 2) {
            values.put(properties[p], List.of(properties[p + 1]));
        }
        return NetworkService.entity(id, schema, values);
    }

    /** A phone or e-mail: the holder's property, or a party of its own known only by it. */
    private static void contact(Map<String, Map<String, Object>> entities, String id, String holder, String property,
                                String value) {
        if (holder != null) {
            property(entities.get(holder), property, value);
        } else {
            entities.put(id, entity(id, "LegalEntity", "name", value, property, value));
        }
    }

    private static void masked(Map<String, Map<String, Object>> entities, String holder, String note) {
        if (holder != null) {
            property(entities.get(holder), "notes", note);
        }
    }

    private static void property(Map<String, Object> entity, String name, String value) {
        var list = new ArrayList<>(props(entity).getOrDefault(name, List.of()));
        if (list.contains(value)) {
            return;
        }
        list.add(value);
        props(entity).put(name, List.copyOf(list));
    }

    private static void linked(Map<String, Map<String, Object>> entities, Map<String, Object> entity, String holder) {
        String id = (String) entity.get("id");
        entities.put(id, entity);
        if (holder != null) {
            entities.put(id + "-link", entity(id + "-link", "UnknownLink", "subject", holder, "object", id,
                    "role", "holder"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> props(Map<String, Object> entity) {
        return (Map<String, List<String>>) entity.get("properties");
    }
}
