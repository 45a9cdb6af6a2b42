package org.nadiya.flow.ingest;

import org.nadiya.flow.OnError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.nadiya.flow.Channel;
import org.nadiya.flow.Money;
import org.nadiya.flow.Transaction;
import org.nadiya.flow.TransactionSink;

/**
 * ISO 20022 camt.053 (bank-to-customer statement) through StAX, one entry at a time. DTDs and external
 * entities are switched off, so a hostile file cannot make the reader fetch or disclose anything.
 */
final class CamtImporter {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private CamtImporter() {
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    static ImportReport read(Path file, String owner, OnError onError, TransactionSink sink, Progress progress)
            throws IOException {
        String source = file.getFileName().toString();
        var errors = new RowErrors(source, onError);
        long imported = 0;
        long total = Files.size(file);
        try (InputStream raw = Files.newInputStream(file)) {
            var counting = new CountingInputStream(raw);
            XMLStreamReader xml = secureFactory().createXMLStreamReader(counting);
            Deque<String> path = new ArrayDeque<>();
            String statementAccount = owner;
            Map<String, String> entry = null;
            Map<String, String> details = null;
            int entryNumber = 0;
            int detailNumber = 0;
            long entryLine = 0;
            var text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new BadStatementException(source + ": DTDs and entities are not accepted in camt.053");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    path.push(name);
                    text.setLength(0);
                    if (name.equals("Ntry")) {
                        entry = new HashMap<>();
                        entryNumber++;
                        detailNumber = 0;
                        entryLine = xml.getLocation().getLineNumber();
                    } else if (name.equals("TxDtls") && entry != null) {
                        details = new HashMap<>();
                    } else if (name.equals("Amt") && xml.getAttributeValue(null, "Ccy") != null) {
                        (details != null ? details : entry != null ? entry : new HashMap<String, String>())
                                .put("Ccy", xml.getAttributeValue(null, "Ccy"));
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String key = key(path);
                    String value = text.toString().trim();
                    if (!value.isEmpty()) {
                        if (entry == null && owner == null && key.endsWith("Stmt/Acct/Id/IBAN")
                                || entry == null && owner == null && key.endsWith("Stmt/Acct/Id/Othr/Id")) {
                            statementAccount = value;
                        } else if (details != null) {
                            details.put(key.substring(key.indexOf("TxDtls/") + 7), value);
                        } else if (entry != null) {
                            entry.put(key.substring(key.indexOf("Ntry/") + 5), value);
                        }
                    }
                    text.setLength(0);
                    String name = path.pop();
                    if (name.equals("TxDtls") && details != null) {
                        detailNumber++;
                        imported += emit(source, statementAccount, entry, details, entryNumber, detailNumber,
                                entryLine, errors, sink);
                        details = null;
                    } else if (name.equals("Ntry") && entry != null) {
                        if (detailNumber == 0) {
                            imported += emit(source, statementAccount, entry, Map.of(), entryNumber, 0, entryLine,
                                    errors, sink);
                        }
                        entry = null;
                        if ((entryNumber & 0xFFF) == 0) {
                            progress.advanced(counting.count(), total);
                        }
                    }
                }
            }
            progress.advanced(total, total);
        } catch (XMLStreamException e) {
            throw new BadStatementException(source + ": not well-formed XML"
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNumber() : "") + ": "
                    + e.getMessage().replaceAll("(?s)^.*Message: ", ""));
        }
        return errors.report("camt053", imported);
    }

    private static String key(Deque<String> path) {
        var out = new StringBuilder();
        path.descendingIterator().forEachRemaining(p -> out.append(out.length() == 0 ? "" : "/").append(p));
        return out.toString();
    }

    private static int emit(String source, String account, Map<String, String> entry, Map<String, String> tx,
                            int entryNumber, int detailNumber, long line, RowErrors errors, TransactionSink sink) {
        if (account == null) {
            errors.reject(line, "Stmt/Acct/Id", "the statement's account is missing");
            return 0;
        }
        String indicator = first(tx, entry, "CdtDbtInd");
        if (!"CRDT".equals(indicator) && !"DBIT".equals(indicator)) {
            errors.reject(line, "CdtDbtInd", "must be CRDT or DBIT, not '" + indicator + "'");
            return 0;
        }
        boolean debit = indicator.equals("DBIT");
        String amountText = tx.containsKey("Amt") ? tx.get("Amt") : entry.get("Amt");
        long amount;
        try {
            amount = Money.parseMinor(amountText, '.');
        } catch (IllegalArgumentException | ArithmeticException e) {
            errors.reject(line, "Amt", amountText == null ? "is missing" : "'" + amountText + "' is not an amount");
            return 0;
        }
        if (amount <= 0) {
            errors.reject(line, "Amt", "must be positive (the direction is in CdtDbtInd)");
            return 0;
        }
        Instant when;
        try {
            when = instant(entry);
        } catch (DateTimeParseException | NullPointerException e) {
            errors.reject(line, "BookgDt", "missing or not an ISO date");
            return 0;
        }
        String side = debit ? "Cdtr" : "Dbtr";
        String other = first(tx, Map.of(), "RltdPties/" + side + "Acct/Id/IBAN", "RltdPties/" + side + "Acct/Id/Othr/Id");
        String otherName = first(tx, Map.of(), "RltdPties/" + side + "/Nm", "RltdPties/" + side + "/Pty/Nm");
        String otherCountry = first(tx, Map.of(), "RltdPties/" + side + "/PstlAdr/Ctry",
                "RltdPties/" + side + "/Pty/PstlAdr/Ctry");
        String otherBank = first(tx, Map.of(), "RltdAgts/" + side + "Agt/FinInstnId/BICFI",
                "RltdAgts/" + side + "Agt/FinInstnId/BIC");
        String description = first(tx, entry, "RmtInf/Ustrd", "AddtlNtryInf");
        if (other == null) {
            other = "counterparty:" + (otherName != null ? otherName : description != null ? description : "unknown");
        }
        String id = null;
        for (String key : new String[] {"Refs/AcctSvcrRef", "Refs/TxId", "Refs/EndToEndId", "AcctSvcrRef", "NtryRef"}) {
            String value = first(tx, entry, key);
            if (id == null && value != null && !"NOTPROVIDED".equals(value)) {
                id = value;
            }
        }
        if (id == null) {
            id = source + ":" + entryNumber + (detailNumber > 0 ? "." + detailNumber : "");
        }
        String currency = first(tx, entry, "Ccy");
        var details = debit
                ? new Transaction.Details(null, otherName, null, otherBank, null, otherCountry, Channel.TRANSFER, null,
                description)
                : new Transaction.Details(otherName, null, otherBank, null, otherCountry, null, Channel.TRANSFER, null,
                description);
        sink.accept(debit ? new Transaction(id, when, account, other, amount, currency == null ? "UAH" : currency, details)
                : new Transaction(id, when, other, account, amount, currency == null ? "UAH" : currency, details));
        return 1;
    }

    private static Instant instant(Map<String, String> entry) {
        String dateTime = first(entry, Map.of(), "BookgDt/DtTm", "ValDt/DtTm");
        if (dateTime != null) {
            return Timestamps.iso(dateTime, KYIV);
        }
        return LocalDate.parse(first(entry, Map.of(), "BookgDt/Dt", "ValDt/Dt")).atStartOfDay(KYIV).toInstant();
    }

    private static String first(Map<String, String> primary, Map<String, String> secondary, String... keys) {
        for (String key : keys) {
            if (primary.get(key) != null) {
                return primary.get(key);
            }
        }
        for (String key : keys) {
            if (secondary.get(key) != null) {
                return secondary.get(key);
            }
        }
        return null;
    }
}
