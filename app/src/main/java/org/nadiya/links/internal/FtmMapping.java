package org.nadiya.links.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nadiya.links.LinkedIdentifier;

/**
 * How each identifier kind becomes FollowTheMoney: accounts, companies, wallets, vehicles, addresses, passports and
 * handles are entities of their own (linked to their holder by {@code UnknownLink} or the schema's holder property);
 * phones, emails and taxpayer numbers are properties of the holder (a Person or an Organization, or omitted for the
 * proceeding itself); an organisation's EDRPOU is its {@code registrationNumber}.
 * Values are the displays: masked for cards, РНОКПП and passports.
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
            case PHONE -> property(entities, holder, "phone", value);
            case EMAIL -> property(entities, holder, "email", value);
            case RNOKPP -> property(entities, holder, "taxNumber", value);
            case IBAN -> linked(entities, NetworkService.entity(id, "BankAccount", Map.of("iban", List.of(value))), holder);
            case CARD -> linked(entities, NetworkService.entity(id, "BankAccount", Map.of("accountNumber", List.of(value),
                    "accountType", List.of("payment card"))), holder);
            case EDRPOU -> {
                if (holder != null && holder.startsWith(ORGANISATION)) {
                    property(entities, holder, "registrationNumber", value);
                    property(entities, holder, "jurisdiction", "ua");
                } else {
                    linked(entities, NetworkService.entity(id, "Company", Map.of("registrationNumber", List.of(value),
                            "jurisdiction", List.of("ua"))), holder);
                }
            }
            case CRYPTO_WALLET -> linked(entities, NetworkService.entity(id, "CryptoWallet", Map.of("publicKey", List.of(value))), holder);
            case VEHICLE_PLATE -> linked(entities, NetworkService.entity(id, "Vehicle", Map.of("registrationNumber", List.of(value))), holder);
            case POSTAL_ADDRESS -> linked(entities, NetworkService.entity(id, "Address", Map.of("full", List.of(value))), holder);
            case HANDLE -> linked(entities, NetworkService.entity(id, "UserAccount", Map.of("username", List.of(value))), holder);
            case PASSPORT -> {
                var passport = NetworkService.entity(id, "Passport", Map.of("number", List.of(value)));
                if (holder != null) {
                    props(passport).put("holder", List.of(holder));
                }
                entities.put(id, passport);
            }
        }
    }

    private static void property(Map<String, Map<String, Object>> entities, String holder, String name, String value) {
        if (holder == null) {
            return;
        }
        var list = new ArrayList<>(props(entities.get(holder)).getOrDefault(name, List.of()));
        if (list.contains(value)) {
            return;
        }
        list.add(value);
        props(entities.get(holder)).put(name, List.copyOf(list));
    }

    private static void linked(Map<String, Map<String, Object>> entities, Map<String, Object> entity, String holder) {
        String id = (String) entity.get("id");
        entities.put(id, entity);
        if (holder != null) {
            entities.put(id + "-link", NetworkService.entity(id + "-link", "UnknownLink",
                    Map.of("subject", List.of(holder), "object", List.of(id), "role", List.of("holder"))));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> props(Map<String, Object> entity) {
        return (Map<String, List<String>>) entity.get("properties");
    }
}
