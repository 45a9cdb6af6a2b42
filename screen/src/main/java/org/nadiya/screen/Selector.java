package org.nadiya.screen;

import org.nadiya.match.identifiers.Identifier;

/**
 * A contact or payment detail found in an ad, normalised by the match engine. {@code type} is what an analyst
 * reads (phone, email, url, domain, telegram, viber, whatsapp, instagram, iban, card, crypto_wallet);
 * {@code value} the normalised form (masked for a card); {@code identifier} what proceedings' identifiers are
 * looked up by (null for url and domain, which the match engine does not treat as identifiers).
 */
public record Selector(String type, String value, Identifier identifier, int start, int end) {
}
