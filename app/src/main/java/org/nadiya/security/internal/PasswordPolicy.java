package org.nadiya.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;

import org.nadiya.kernel.InvalidInputException;

/**
 * Length, a list of leaked passwords and a strength estimate (NIST SP 800-63B: no composition rules). A password
 * must be 12 to 128 characters, not contain the user name, not be one of the common passwords shipped with Nadiya
 * ({@code security/common-passwords.txt.gz}, see docs/sources.md), and be estimated by zxcvbn (nulab's Java port)
 * to need at least 10^10 guesses (score 4): dictionary words, names, years, keyboard runs and repeats count for
 * little, so {@code Summer2026!!} or {@code Kyiv2026Kyiv} fail and four unrelated words pass.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final int MIN_SCORE = 4;
    private static final String COMMON_LIST = "/security/common-passwords.txt.gz";
    /** Words every attacker of a Ukrainian system tries, in Latin spellings zxcvbn's English lists lack. */
    private static final List<String> LOCAL_WORDS = List.of("nadiya", "nadia", "nadija", "ukraine", "ukraina",
            "ukrayina", "ukraini", "slava", "heroyam", "geroyam", "kyiv", "kiev", "kyjiv", "lviv", "lvov", "odesa",
            "odessa", "kharkiv", "harkiv", "dnipro", "vinnytsia", "vinnitsa", "lutsk", "zhytomyr", "uzhhorod",
            "zaporizhzhia", "ivano", "frankivsk", "kropyvnytskyi", "mykolaiv", "poltava", "rivne", "sumy", "ternopil",
            "kherson", "khmelnytskyi", "cherkasy", "chernihiv", "chernivtsi", "donetsk", "luhansk", "krym", "crimea",
            "parol", "privet", "kohannia", "kokhannia", "lyubov", "liubov", "sonechko", "zaichik", "zaya",
            "kotyk", "maksym", "oleksandr", "olena", "natalia", "tetiana", "iryna", "andrii", "dmytro", "serhii",
            "volodymyr", "mykola", "prokuror", "politsiia", "sbu", "zsu");

    private PasswordPolicy() {
    }

    private static final class Lists {
        static final Set<String> COMMON = load();
        static final Zxcvbn ESTIMATOR = estimator();

        private static Zxcvbn estimator() {
            try {
                return new ZxcvbnBuilder()
                        .dictionaries(StandardDictionaries.loadAllDictionaries())
                        .dictionary(new Dictionary("nadiya-local", LOCAL_WORDS))
                        .dictionary(new Dictionary("nadiya-common", List.copyOf(COMMON)))
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("zxcvbn's dictionaries are missing from the application", e);
            }
        }

        private static Set<String> load() {
            var stream = PasswordPolicy.class.getResourceAsStream(COMMON_LIST);
            if (stream == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing from the application");
            }
            Set<String> words = new HashSet<>();
            try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(stream), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        words.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return words;
        }
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "error.security.password.short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "error.security.password.long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("password", "error.security.password.username");
        }
        if (Lists.COMMON.contains(lower)) {
            throw new InvalidInputException("password", "error.security.password.leaked");
        }
        List<String> personal = new ArrayList<>();
        if (username != null) {
            personal.add(username);
        }
        if (Lists.ESTIMATOR.measure(password, personal).getScore() < MIN_SCORE) {
            throw new InvalidInputException("password", "error.security.password.weak");
        }
    }
}
