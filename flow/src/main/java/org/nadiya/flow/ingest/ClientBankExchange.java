package org.nadiya.flow.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.nadiya.flow.Channel;
import org.nadiya.flow.Money;
import org.nadiya.flow.OnError;
import org.nadiya.flow.Transaction;
import org.nadiya.flow.TransactionSink;

/**
 * The "Клієнт-Банк" exchange file of 1C accounting ({@code 1CClientBankExchange}), which iBank2 and many other
 * Ukrainian client-bank systems export for accounting software: {@code key=value} lines, the statement's accounts as
 * {@code РасчСчет=} in the heading, one {@code СекцияДокумент=…} … {@code КонецДокумента} block per payment with the
 * payer's and the payee's accounts, so each payment is read with both sides. windows-1251 (or cp866 when the heading
 * says {@code Кодировка=DOS}, or UTF-8 when the bytes are UTF-8). Dates are dates ({@code dd.MM.yyyy}).
 */
final class ClientBankExchange {

    static final String SIGNATURE = "1CClientBankExchange";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Charset CP866 = Charset.forName("IBM866");

    private ClientBankExchange() {
    }

    /** Whether a file's first line (after a byte-order mark and blank lines) is the exchange format's signature. */
    static boolean recognise(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 256), StandardCharsets.ISO_8859_1);
        return text.replace("\u00ef\u00bb\u00bf", "").stripLeading().startsWith(SIGNATURE);
    }

    static ImportReport read(Path file, String owner, OnError onError, TransactionSink sink, Progress progress)
            throws IOException {
        String source = file.getFileName().toString();
        var errors = new RowErrors(source, onError);
        Charset charset = charset(Sniffer.head(file));
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Set<String> accounts = new LinkedHashSet<>();
        long total = Files.size(file);
        long imported = 0;
        var counting = new CountingInputStream(Files.newInputStream(file));
        try (var in = new BufferedReader(new InputStreamReader(counting, decoder))) {
            Map<String, String> document = null;
            long documentLine = 0;
            long line = 0;
            boolean ownerChecked = false;
            boolean signed = false;
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                String trimmed = text.replace("\ufeff", "").trim();
                if (!signed) {
                    if (trimmed.isEmpty()) {
                        continue;
                    }
                    if (!trimmed.equals(SIGNATURE)) {
                        throw new BadStatementException(source, "onec.signature", "not a 1CClientBankExchange file");
                    }
                    signed = true;
                    continue;
                }
                int eq = trimmed.indexOf('=');
                String key = eq < 0 ? trimmed : trimmed.substring(0, eq).trim();
                String value = eq < 0 ? "" : trimmed.substring(eq + 1).trim();
                if (key.equals("СекцияДокумент")) {
                    document = new HashMap<>();
                    documentLine = line;
                    if (!ownerChecked) {
                        ownerChecked = true;
                        checkOwner(source, owner, accounts);
                        accounts.forEach(errors::owner);
                    }
                } else if (key.equals("КонецДокумента") && document != null) {
                    imported += document(source, document, documentLine, accounts, errors, sink);
                    document = null;
                    if ((imported & 0xFFF) == 0) {
                        progress.advanced(counting.count(), total);
                    }
                } else if (key.equals("КонецФайла")) {
                    break;
                } else if (document != null) {
                    document.putIfAbsent(key, value);
                } else if (key.equals("РасчСчет") && !value.isEmpty()) {
                    accounts.add(value.replace(" ", ""));
                }
            }
            if (document != null) {
                throw new BadStatementException(source, ImportError.of(documentLine, null, "onec.unclosed",
                        "the document section has no КонецДокумента"));
            }
        } catch (CharacterCodingException e) {
            throw new BadStatementException(source, "encoding.invalid", "not " + charset.name() + " text",
                    charset.name());
        }
        progress.advanced(total, total);
        return errors.report("1c", imported);
    }

    /** UTF-8 when the bytes are; else cp866 when the heading says Кодировка=DOS; else windows-1251. */
    private static Charset charset(byte[] head) {
        if (Sniffer.encoding(head) == StandardCharsets.UTF_8) {
            return StandardCharsets.UTF_8;
        }
        String heading = new String(head, Sniffer.CP1251);
        return heading.contains("Кодировка=DOS") ? CP866 : Sniffer.CP1251;
    }

    private static void checkOwner(String source, String owner, Set<String> accounts) {
        if (owner != null && !accounts.isEmpty()
                && accounts.stream().noneMatch(a -> CamtImporter.Accounts.same(a, owner))) {
            String all = String.join(", ", accounts);
            throw new BadStatementException(source, "account.mismatch", "the statement is for account " + all
                    + ", not " + owner + " as given", all, owner);
        }
    }

    private static int document(String source, Map<String, String> doc, long line, Set<String> accounts,
                                RowErrors errors, TransactionSink sink) {
        String payer = first(doc, "ПлательщикСчет", "ПлательщикРасчСчет");
        String payee = first(doc, "ПолучательСчет", "ПолучательРасчСчет");
        if (payer == null) {
            errors.reject(line, "ПлательщикСчет", "cell.empty", "is empty");
            return 0;
        }
        if (payee == null) {
            errors.reject(line, "ПолучательСчет", "cell.empty", "is empty");
            return 0;
        }
        payer = payer.replace(" ", "");
        payee = payee.replace(" ", "");
        String amountText = doc.get("Сумма");
        long amount;
        try {
            amount = Money.parseMinor(amountText, amountText == null ? '.' : Money.decimalSeparatorOf(amountText));
        } catch (Money.AmountException e) {
            errors.reject(line, "Сумма", e.code(), e.getMessage(), amountText == null ? "" : amountText);
            return 0;
        } catch (ArithmeticException e) {
            errors.reject(line, "Сумма", "amount.too-large", "amount is too large", amountText);
            return 0;
        }
        if (amount <= 0) {
            errors.note(line, "Сумма", "amount.zero", "zero amount passed over");
            return 0;
        }
        boolean outgoing = accounts.contains(payer) && !accounts.contains(payee);
        String dateKey = outgoing ? "ДатаСписано" : "ДатаПоступило";
        String dateText = doc.get(dateKey);
        if (dateText == null || dateText.isBlank()) {
            dateKey = "Дата";
            dateText = doc.get(dateKey);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateText.trim(), DATE);
        } catch (DateTimeParseException | NullPointerException e) {
            errors.reject(line, dateKey, dateText == null ? "date.missing" : "date.invalid",
                    dateText == null ? "the document has no date" : "'" + dateText + "' is not a date of pattern"
                            + " dd.MM.yyyy", dateText == null ? "" : dateText, "dd.MM.yyyy");
            return 0;
        }
        String currencyText = doc.get("КодВалюты");
        String currency = currencyText == null || currencyText.isBlank() ? "UAH" : Currencies.normalise(currencyText);
        if (currency == null) {
            errors.reject(line, "КодВалюты", "currency.invalid", "'" + currencyText + "' is not a currency",
                    currencyText);
            return 0;
        }
        var purpose = new StringBuilder(doc.getOrDefault("НазначениеПлатежа", ""));
        for (int i = 1; i <= 6; i++) {
            String more = doc.get("НазначениеПлатежа" + i);
            if (more != null && !more.isBlank()) {
                purpose.append(purpose.length() == 0 ? "" : " ").append(more);
            }
        }
        String id = first(doc, "ДокументИД");
        if (id == null) {
            id = source + ":" + line;
        }
        var details = new Transaction.Details(first(doc, "Плательщик1", "Плательщик"),
                first(doc, "Получатель1", "Получатель"), first(doc, "ПлательщикМФО", "ПлательщикБИК"),
                first(doc, "ПолучательМФО", "ПолучательБИК"), null, null, Channel.TRANSFER, null,
                purpose.length() == 0 ? null : purpose.toString(), true);
        sink.accept(new Transaction(id, Timestamps.When.date(date).instant(), payer, payee, amount, currency,
                details));
        return 1;
    }

    private static String first(Map<String, String> doc, String... keys) {
        for (String key : keys) {
            String value = doc.get(key);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

}
