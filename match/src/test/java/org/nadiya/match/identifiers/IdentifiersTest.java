package org.nadiya.match.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    private final Identifiers identifiers = new Identifiers("0123456789abcdef-test-key".getBytes(StandardCharsets.UTF_8));

    private String key(IdentifierKind kind, String raw) {
        return identifiers.normalise(kind, raw).key();
    }

    private String problem(IdentifierKind kind, String raw) {
        IdentifierCheck check = identifiers.check(kind, raw);
        assertThat(check.isValid()).as(raw).isFalse();
        return check.problem();
    }

    @Test
    void phonesBecomeE164WithUkraineAsTheDefaultRegion() {
        assertThat(key(IdentifierKind.PHONE, "067 123 45 67")).isEqualTo("+380671234567");
        assertThat(key(IdentifierKind.PHONE, "+38 (067) 123-45-67")).isEqualTo("+380671234567");
        assertThat(key(IdentifierKind.PHONE, "0048 601 234 567")).isEqualTo("+48601234567");
        assertThat(problem(IdentifierKind.PHONE, "067 123")).contains("not a valid number in UA");
        assertThat(problem(IdentifierKind.PHONE, "call me")).contains("not a phone number");
    }

    @Test
    void ibansPassMod97AndUkrainianOnesHave29Characters() {
        assertThat(key(IdentifierKind.IBAN, "UA21 3223 1300 0002 6007 2335 6600 1")).isEqualTo("UA213223130000026007233566001");
        assertThat(key(IdentifierKind.IBAN, "DE89 3704 0044 0532 0130 00")).isEqualTo("DE89370400440532013000");
        assertThat(problem(IdentifierKind.IBAN, "UA213223130000026007233566002")).contains("mod-97");
        assertThat(problem(IdentifierKind.IBAN, "UA21322313000002600723356600")).contains("29 characters");
    }

    @Test
    void cardsAreLuhnCheckedMaskedAndKeyedByHmac() {
        Identifier card = identifiers.normalise(IdentifierKind.CARD, "4111 1111 1111 1111");
        assertThat(card.display()).isEqualTo("411111******1111");
        assertThat(card.key()).startsWith("hmac:").doesNotContain("4111111111111111").hasSize(5 + 64);
        assertThat(key(IdentifierKind.CARD, "4111-1111-1111-1111")).isEqualTo(card.key());
        Identifiers otherKey = new Identifiers(HexFormat.of().parseHex("00112233445566778899aabbccddeeff"));
        assertThat(otherKey.normalise(IdentifierKind.CARD, "4111111111111111").key()).isNotEqualTo(card.key());
        assertThat(problem(IdentifierKind.CARD, "4111 1111 1111 1112")).contains("Luhn");
        assertThatThrownBy(() -> new Identifiers(new byte[4])).hasMessageContaining("16 bytes");
    }

    @Test
    void emailsAndGmailAliases() {
        assertThat(key(IdentifierKind.EMAIL, " Ivan.Petrenko+work@GMail.com ")).isEqualTo("ivanpetrenko@gmail.com");
        assertThat(key(IdentifierKind.EMAIL, "ivan.petrenko@ukr.net")).isEqualTo("ivan.petrenko@ukr.net");
        assertThat(problem(IdentifierKind.EMAIL, "ivan@localhost")).contains("not an e-mail address");
    }

    @Test
    void handlesFromLinksAndPrefixes() {
        assertThat(key(IdentifierKind.HANDLE, "https://t.me/Job_Abroad_2024?start=1")).isEqualTo("telegram:job_abroad_2024");
        assertThat(key(IdentifierKind.HANDLE, "telegram: @job_abroad_2024")).isEqualTo("telegram:job_abroad_2024");
        assertThat(key(IdentifierKind.HANDLE, "instagram.com/model.casting/")).isEqualTo("instagram:model.casting");
        assertThat(key(IdentifierKind.HANDLE, "https://www.tiktok.com/@work.eu")).isEqualTo("tiktok:work.eu");
        assertThat(key(IdentifierKind.HANDLE, "viber: 067 123 45 67")).isEqualTo("viber:+380671234567");
        assertThat(key(IdentifierKind.HANDLE, "wa.me/380671234567")).isEqualTo("whatsapp:+380671234567");
        assertThat(problem(IdentifierKind.HANDLE, "t.me/abc")).contains("telegram");
        assertThat(problem(IdentifierKind.HANDLE, "job_abroad")).contains("names no platform");
    }

    @Test
    void edrpouAndRnokppCheckDigits() {
        assertThat(key(IdentifierKind.EDRPOU, "00032129")).isEqualTo("00032129");
        assertThat(key(IdentifierKind.EDRPOU, "14360506")).isEqualTo("14360506");
        assertThat(problem(IdentifierKind.EDRPOU, "14360507")).contains("check digit");
        assertThat(problem(IdentifierKind.EDRPOU, "1436050")).contains("8 digits");
        Identifier rnokpp = identifiers.normalise(IdentifierKind.RNOKPP, "3652504575");
        assertThat(rnokpp.display()).isEqualTo("******4575");
        assertThat(IdentifierKind.RNOKPP.sensitive()).isTrue();
        assertThat(key(IdentifierKind.RNOKPP, "1759013776")).isEqualTo("1759013776");
        assertThat(problem(IdentifierKind.RNOKPP, "1759013770")).contains("check digit");
    }

    @Test
    void everyRnokppDigitTypoIsCaught() {
        String valid = "3652504575";
        for (int i = 0; i < 9; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(i)) {
                    continue;
                }
                String typo = valid.substring(0, i) + d + valid.substring(i + 1);
                int expected = TaxNumbers.rnokppCheckDigit(typo);
                assertThat(identifiers.check(IdentifierKind.RNOKPP, typo).isValid()).isEqualTo(expected == 5);
            }
        }
    }

    @Test
    void ukrainianPassportsInBothForms() {
        assertThat(key(IdentifierKind.PASSPORT, "СН 123456")).isEqualTo("UA:СН123456");
        assertThat(key(IdentifierKind.PASSPORT, "CH123456")).as("Latin lookalikes").isEqualTo("UA:СН123456");
        Identifier card = identifiers.normalise(IdentifierKind.PASSPORT, "№ 001234567");
        assertThat(card.key()).isEqualTo("UA:001234567");
        assertThat(card.display()).isEqualTo("UA:******567");
        assertThat(key(IdentifierKind.PASSPORT, "pl: EA1234567")).isEqualTo("PL:EA1234567");
        assertThat(problem(IdentifierKind.PASSPORT, "12345")).contains("booklet");
    }

    @Test
    void vehiclePlatesWithCyrillicLookalikes() {
        assertThat(key(IdentifierKind.VEHICLE_PLATE, "АА 1234 ВХ")).isEqualTo("UA:AA1234BX");
        assertThat(key(IdentifierKind.VEHICLE_PLATE, "aa1234bx")).isEqualTo("UA:AA1234BX");
        assertThat(key(IdentifierKind.VEHICLE_PLATE, "PL:WA 12345")).isEqualTo("PL:WA12345");
        assertThat(problem(IdentifierKind.VEHICLE_PLATE, "AA1234BZ")).contains("not a Ukrainian plate");
    }

    @Test
    void cryptoWallets() {
        assertThat(key(IdentifierKind.CRYPTO_WALLET, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")).isEqualTo("btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
        assertThat(problem(IdentifierKind.CRYPTO_WALLET, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")).contains("Base58Check");
        assertThat(key(IdentifierKind.CRYPTO_WALLET, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"))
                .isEqualTo("btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
        assertThat(problem(IdentifierKind.CRYPTO_WALLET, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp")).contains("checksum");
        assertThat(key(IdentifierKind.CRYPTO_WALLET, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"))
                .isEqualTo("eth:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        assertThat(problem(IdentifierKind.CRYPTO_WALLET, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")).contains("EIP-55");
        assertThat(key(IdentifierKind.CRYPTO_WALLET, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")).isEqualTo("trx:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    }

    @Test
    void keccakOfTheEmptyInput() {
        assertThat(HexFormat.of().formatHex(Keccak256.hash(new byte[0])))
                .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    }

    @Test
    void addressesInBothScriptsShareAKey() {
        assertThat(key(IdentifierKind.POSTAL_ADDRESS, "м. Київ, вул. Хрещатик, буд. 22, кв. 5"))
                .isEqualTo(key(IdentifierKind.POSTAL_ADDRESS, "Khreshchatyk str. 22, apt 5, Kyiv city"))
                .isEqualTo("22 khreshchatyk kv5 kyiv");
        assertThat(problem(IdentifierKind.POSTAL_ADDRESS, "5")).contains("too short");
    }

    @Test
    void kindsParseFromText() {
        assertThat(IdentifierKind.parse("vehicle-plate")).isEqualTo(IdentifierKind.VEHICLE_PLATE);
        assertThatThrownBy(() -> IdentifierKind.parse("fax")).hasMessageContaining("allowed: phone, iban");
        assertThat(identifiers.check(IdentifierKind.PHONE, " ").problem()).isEqualTo("empty");
    }
}
