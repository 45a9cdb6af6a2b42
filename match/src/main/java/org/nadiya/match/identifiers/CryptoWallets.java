package org.nadiya.match.identifiers;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Wallet addresses: Bitcoin (Base58Check 1.../3..., Bech32/Bech32m bc1...), Ethereum (0x + 40 hex; a mixed-case
 * address must carry a valid EIP-55 checksum) and TRON (Base58Check T..., version byte 0x41). Keys are
 * "btc:", "eth:" (lower case) and "trx:".
 */
final class CryptoWallets {

    private CryptoWallets() {
    }

    static IdentifierCheck check(String raw) {
        String text = raw.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("0x")) {
            return ethereum(text);
        }
        if (lower.startsWith("bc1")) {
            String problem = Bech32.problem(text, "bc");
            return problem == null ? valid("btc:" + lower) : invalid("Bitcoin address " + text + " " + problem);
        }
        if (text.startsWith("1") || text.startsWith("3") || text.startsWith("T")) {
            byte[] payload = Base58Check.decode(text);
            if (payload == null || payload.length != 21) {
                return invalid("'" + text + "' fails its Base58Check checksum (a typo?)");
            }
            int version = payload[0] & 0xff;
            if (text.startsWith("T") && version == 0x41) {
                return valid("trx:" + text);
            }
            if (version == 0x00 || version == 0x05) {
                return valid("btc:" + text);
            }
            return invalid("'" + text + "' has an unknown version byte " + version);
        }
        return invalid("'" + text + "' is not a Bitcoin (1..., 3..., bc1...), Ethereum (0x...) or TRON (T...) address");
    }

    private static IdentifierCheck ethereum(String text) {
        String hex = text.substring(2);
        if (!hex.matches("[0-9a-fA-F]{40}")) {
            return invalid("an Ethereum address is 0x and 40 hexadecimal digits");
        }
        boolean mixed = !hex.equals(hex.toLowerCase(Locale.ROOT)) && !hex.equals(hex.toUpperCase(Locale.ROOT));
        if (mixed && !hex.equals(eip55(hex))) {
            return invalid("the upper/lower case of " + text + " does not match its EIP-55 checksum (a typo?)");
        }
        return valid("eth:0x" + hex.toLowerCase(Locale.ROOT));
    }

    /** The EIP-55 spelling: a hex letter is upper case where the matching nibble of keccak(lowercase hex) is >= 8. */
    static String eip55(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        byte[] hash = Keccak256.hash(lower.getBytes(StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder(40);
        for (int i = 0; i < 40; i++) {
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            char c = lower.charAt(i);
            out.append(nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    private static IdentifierCheck valid(String key) {
        return IdentifierCheck.valid(Identifier.of(IdentifierKind.CRYPTO_WALLET, key));
    }

    private static IdentifierCheck invalid(String problem) {
        return IdentifierCheck.invalid(IdentifierKind.CRYPTO_WALLET, problem);
    }
}
