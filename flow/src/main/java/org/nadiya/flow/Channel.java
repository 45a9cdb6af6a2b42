package org.nadiya.flow;

/** How the money moved; {@code UNKNOWN} when the statement does not say. */
public enum Channel {
    UNKNOWN, TRANSFER, CARD, CASH, CRYPTO;

    public static Channel parse(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "transfer", "wire", "переказ" -> TRANSFER;
            case "card", "картка" -> CARD;
            case "cash", "готівка" -> CASH;
            case "crypto", "криптовалюта" -> CRYPTO;
            default -> throw new IllegalArgumentException("unknown channel '" + text + "' (card, transfer, cash, crypto)");
        };
    }
}
