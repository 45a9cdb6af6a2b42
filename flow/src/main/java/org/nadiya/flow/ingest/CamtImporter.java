package org.nadiya.flow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.nadiya.flow.Channel;
import org.nadiya.flow.Money;
import org.nadiya.flow.OnError;
import org.nadiya.flow.Transaction;
import org.nadiya.flow.TransactionSink;

/**
 * ISO 20022 bank-to-customer cash management messages through StAX, one entry at a time: camt.053 (statement),
 * camt.052 (account report, intraday) and camt.054 (debit/credit notification), all versions. Any other XML is
 * refused by name. DTDs and external entities are switched off, so a hostile file cannot make the reader fetch or
 * disclose anything.
 *
 * <p>One transaction per transaction detail ({@code TxDtls}) with the detail's own amount ({@code TxDtls/Amt}, else
 * {@code TxDtls/AmtDtls/TxAmt/Amt}) and the currency of that same element; the entry's amount only for an entry
 * with one detail or none. A batch entry whose details carry no amounts stays one transaction (noted); a zero
 * amount, an entry not booked ({@code Sts} other than BOOK) are passed over with a note.
 */
final class CamtImporter {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    /** The message element under {@code Document} → the report element holding entries, and the format name. */
    private static final Map<String, String[]> MESSAGES = Map.of(
            "BkToCstmrStmt", new String[] {"Stmt", "camt053"},
            "BkToCstmrAcctRpt", new String[] {"Rpt", "camt052"},
            "BkToCstmrDbtCdtNtfctn", new String[] {"Ntfctn", "camt054"});

    private static final String[] REFERENCES = {"Refs/AcctSvcrRef", "Refs/TxId", "Refs/EndToEndId", "Refs/InstrId",
        "Refs/UETR"};

    private CamtImporter() {
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** One entry ({@code Ntry}): its own elements by path below it, and its details in order. */
    private static final class Entry {
        final Map<String, String> fields = new HashMap<>();
        final List<Map<String, String>> details = new ArrayList<>();
        final List<Long> detailLines = new ArrayList<>();
        final long line;
        final int number;

        Entry(long line, int number) {
            this.line = line;
            this.number = number;
        }
    }

    /** The report ({@code Stmt}, {@code Rpt} or {@code Ntfctn}) being read: its account and holder. */
    private static final class Report {
        String account;
        String ownerName;
        String currency;
    }

    static ImportReport read(Path file, String owner, OnError onError, TransactionSink sink, Progress progress)
            throws IOException {
        String source = file.getFileName().toString();
        var errors = new RowErrors(source, onError);
        long total = Files.size(file);
        String format = null;
        String rootElement = null;
        long imported = 0;
        try (InputStream raw = Files.newInputStream(file)) {
            var counting = new CountingInputStream(raw);
            XMLStreamReader xml = secureFactory().createXMLStreamReader(counting);
            Deque<String> path = new ArrayDeque<>();
            String reportElement = null;
            String root = null;
            boolean documentOpen = false;
            Report report = null;
            Entry entry = null;
            Map<String, String> detail = null;
            int entries = 0;
            var text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new BadStatementException(source, "xml.dtd",
                            "DTDs and entities are not accepted in ISO 20022 statements");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (root == null) {
                        root = name;
                        rootElement = name.equals("Document") ? null : name;
                    }
                    if (documentOpen && format == null) {
                        String[] message = MESSAGES.get(name);
                        if (message == null) {
                            throw notAStatement(source, name, xml.getNamespaceURI());
                        }
                        reportElement = message[0];
                        format = message[1];
                    }
                    documentOpen = name.equals("Document") && format == null;
                    path.push(name);
                    text.setLength(0);
                    if (name.equals(reportElement) && path.size() >= 2 && entry == null) {
                        report = new Report();
                    } else if (name.equals("Ntry") && report != null) {
                        entry = new Entry(xml.getLocation().getLineNumber(), ++entries);
                    } else if (name.equals("TxDtls") && entry != null) {
                        detail = new HashMap<>();
                        entry.details.add(detail);
                        entry.detailLines.add((long) xml.getLocation().getLineNumber());
                    }
                    String currency = xml.getAttributeValue(null, "Ccy");
                    if (currency != null && entry != null) {
                        put(detail != null ? detail : entry.fields, path, detail != null ? "TxDtls" : "Ntry",
                                "@Ccy", currency.trim());
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String value = text.toString().trim();
                    text.setLength(0);
                    if (!value.isEmpty()) {
                        if (detail != null) {
                            put(detail, path, "TxDtls", "", value);
                        } else if (entry != null) {
                            put(entry.fields, path, "Ntry", "", value);
                        } else if (report != null) {
                            account(report, path, reportElement, value);
                        }
                    }
                    String name = path.pop();
                    if (name.equals("TxDtls")) {
                        detail = null;
                    } else if (name.equals("Ntry") && entry != null) {
                        imported += entry(source, owner, report, entry, errors, sink);
                        entry = null;
                        if ((entries & 0xFFF) == 0) {
                            progress.advanced(counting.count(), total);
                        }
                    } else if (name.equals(reportElement) && entry == null) {
                        report = null;
                    }
                }
            }
            progress.advanced(total, total);
        } catch (XMLStreamException e) {
            long line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            String detail = String.valueOf(e.getMessage()).replaceAll("(?s)^.*Message: ", "");
            throw new BadStatementException(source, ImportError.of(Math.max(line, 0), null, "xml.malformed",
                    "not well-formed XML: " + detail, detail));
        }
        if (format == null) {
            throw notAStatement(source, rootElement, null);
        }
        return errors.report(format, imported);
    }

    /** Refuses XML that is not a bank-to-customer message, naming what it is when it says so. */
    private static BadStatementException notAStatement(String source, String element, String namespace) {
        String message = namespace == null ? "" : namespace.replaceFirst("^.*:xsd:", "");
        if (message.matches("[a-z]{4}\\.\\d{3}\\.\\d{3}\\.\\d{2}")) {
            return new BadStatementException(source, "xml.other-message", "this is an ISO 20022 " + message
                    + " message, not a bank statement (camt.052, camt.053 or camt.054)", message);
        }
        return new BadStatementException(source, "xml.not-statement", "not an ISO 20022 bank statement (camt.052, "
                + "camt.053 or camt.054): " + (element == null ? "the Document holds no message" : "found <" + element
                + ">"), element == null ? "Document" : element);
    }

    /** Stores an element's text under its path relative to the innermost {@code anchor} (Ntry or TxDtls). */
    private static void put(Map<String, String> target, Deque<String> path, String anchor, String suffix,
                            String value) {
        var key = new StringBuilder();
        for (var it = path.iterator(); it.hasNext(); ) {
            String part = it.next();
            if (part.equals(anchor)) {
                break;
            }
            key.insert(0, key.length() == 0 ? part : part + "/");
        }
        String k = key + suffix;
        String old = target.get(k);
        // Unstructured remittance may come in several lines; everything else keeps its first value.
        if (old == null) {
            target.put(k, value);
        } else if (k.endsWith("RmtInf/Ustrd")) {
            target.put(k, old + " " + value);
        }
    }

    private static void account(Report report, Deque<String> path, String reportElement, String value) {
        var it = path.iterator();
        String leaf = it.next();
        String parent = it.hasNext() ? it.next() : "";
        String grand = it.hasNext() ? it.next() : "";
        String above = it.hasNext() ? it.next() : "";
        if (report.account == null && leaf.equals("IBAN") && parent.equals("Id") && grand.equals("Acct")
                && above.equals(reportElement)) {
            report.account = value.replace(" ", "");
        } else if (report.account == null && leaf.equals("Id") && parent.equals("Othr") && grand.equals("Id")
                && above.equals("Acct") && it.hasNext() && it.next().equals(reportElement)) {
            report.account = value.replace(" ", "");
        } else if (leaf.equals("Nm") && parent.equals("Ownr") && grand.equals("Acct") && above.equals(reportElement)) {
            report.ownerName = value;
        } else if (leaf.equals("Ccy") && parent.equals("Acct") && grand.equals(reportElement)) {
            report.currency = value;
        }
    }

    /** Turns one entry into transactions; returns how many went to the sink. */
    private static int entry(String source, String owner, Report report, Entry entry, RowErrors errors,
                             TransactionSink sink) {
        String account = report == null ? null : report.account;
        if (account != null) {
            errors.owner(account);
            if (owner != null && !Accounts.same(owner, account)) {
                throw new BadStatementException(source, "account.mismatch", "the statement is for account "
                        + account + ", not " + owner + " as given", account, owner);
            }
        } else {
            account = owner;
        }
        if (account == null) {
            errors.reject(entry.line, "Acct/Id", "account.missing",
                    "the statement names no account (Acct/Id) and none was given");
            return 0;
        }
        String status = first(entry.fields, "Sts/Cd", "Sts", "Sts/Prtry");
        if (status != null && !status.equalsIgnoreCase("BOOK")) {
            errors.note(entry.line, "Sts", "entry.not-booked", "entry with status " + status
                    + " (not booked) passed over", status);
            return 0;
        }
        Timestamps.When when;
        String dateText = first(entry.fields, "BookgDt/DtTm", "BookgDt/Dt", "ValDt/DtTm", "ValDt/Dt");
        try {
            when = Timestamps.when(dateText, KYIV);
        } catch (DateTimeParseException | NullPointerException e) {
            errors.reject(entry.line, "BookgDt", dateText == null ? "date.missing" : "date.invalid",
                    dateText == null ? "the entry has no booking or value date" : "'" + dateText
                            + "' is not an ISO date", dateText == null ? "" : dateText);
            return 0;
        }
        int count = entry.details.size();
        if (count <= 1) {
            Map<String, String> detail = count == 0 ? Map.of() : entry.details.get(0);
            long line = count == 0 ? entry.line : entry.detailLines.get(0);
            String[] amount = amount(detail);
            if (amount == null) {
                amount = new String[] {entry.fields.get("Amt"), entry.fields.get("Amt@Ccy"), "Amt"};
            }
            return emit(source, account, report, entry, detail, count == 0 ? 0 : 1, line, amount, when, errors, sink);
        }
        int withAmounts = 0;
        for (Map<String, String> detail : entry.details) {
            if (amount(detail) != null) {
                withAmounts++;
            }
        }
        if (withAmounts == 0) {
            errors.note(entry.line, "NtryDtls", "entry.batch-whole", "batch entry of " + count
                    + " transactions without their own amounts kept as one transaction", count);
            return emit(source, account, report, entry, Map.of(), 0, entry.line,
                    new String[] {entry.fields.get("Amt"), entry.fields.get("Amt@Ccy"), "Amt"}, when, errors, sink);
        }
        int sent = 0;
        for (int d = 0; d < count; d++) {
            Map<String, String> detail = entry.details.get(d);
            long line = entry.detailLines.get(d);
            String[] amount = amount(detail);
            if (amount == null) {
                errors.reject(line, "TxDtls/AmtDtls/TxAmt", "amount.detail-missing",
                        "a detail of a batch entry has no amount of its own (AmtDtls/TxAmt)");
                continue;
            }
            sent += emit(source, account, report, entry, detail, d + 1, line, amount, when, errors, sink);
        }
        return sent;
    }

    /** The detail's own amount, currency and element: {@code Amt} (version 3 on), else {@code AmtDtls/TxAmt/Amt}. */
    private static String[] amount(Map<String, String> detail) {
        if (detail.get("Amt") != null) {
            return new String[] {detail.get("Amt"), detail.get("Amt@Ccy"), "TxDtls/Amt"};
        }
        if (detail.get("AmtDtls/TxAmt/Amt") != null) {
            return new String[] {detail.get("AmtDtls/TxAmt/Amt"), detail.get("AmtDtls/TxAmt/Amt@Ccy"),
                "TxDtls/AmtDtls/TxAmt/Amt"};
        }
        return null;
    }

    private static int emit(String source, String account, Report report, Entry entry, Map<String, String> tx,
                            int detailNumber, long line, String[] amountAndCurrency, Timestamps.When when,
                            RowErrors errors, TransactionSink sink) {
        String indicator = first(tx, "CdtDbtInd");
        if (indicator == null) {
            indicator = entry.fields.get("CdtDbtInd");
        }
        if (!"CRDT".equals(indicator) && !"DBIT".equals(indicator)) {
            errors.reject(line, "CdtDbtInd", "direction.invalid", "must be CRDT or DBIT, not '" + indicator + "'",
                    String.valueOf(indicator));
            return 0;
        }
        boolean debit = indicator.equals("DBIT");
        String amountText = amountAndCurrency[0];
        String column = amountAndCurrency[2];
        long amount;
        try {
            amount = Money.parseMinor(amountText, '.');
        } catch (Money.AmountException e) {
            errors.reject(line, column, e.code(), e.getMessage(), amountText == null ? "" : amountText);
            return 0;
        } catch (ArithmeticException e) {
            errors.reject(line, column, "amount.too-large", "amount is too large", amountText);
            return 0;
        }
        if (amount < 0) {
            errors.reject(line, column, "amount.negative", "must not be negative (the direction is in CdtDbtInd)",
                    amountText);
            return 0;
        }
        if (amount == 0) {
            errors.note(line, column, "amount.zero", "zero amount passed over");
            return 0;
        }
        String currency = amountAndCurrency[1] != null ? amountAndCurrency[1]
                : report != null && report.currency != null ? report.currency : "UAH";
        String side = debit ? "Cdtr" : "Dbtr";
        String other = first(tx, "RltdPties/" + side + "Acct/Id/IBAN", "RltdPties/" + side + "Acct/Id/Othr/Id");
        String otherName = first(tx, "RltdPties/" + side + "/Nm", "RltdPties/" + side + "/Pty/Nm",
                "RltdPties/Ultmt" + side + "/Nm", "RltdPties/Ultmt" + side + "/Pty/Nm");
        String otherCountry = first(tx, "RltdPties/" + side + "/PstlAdr/Ctry", "RltdPties/" + side + "/Pty/PstlAdr/Ctry");
        String otherBank = first(tx, "RltdAgts/" + side + "Agt/FinInstnId/BICFI", "RltdAgts/" + side
                + "Agt/FinInstnId/BIC");
        String description = first(tx, "RmtInf/Ustrd", "AddtlTxInf");
        if (description == null) {
            description = entry.fields.get("AddtlNtryInf");
        }
        if (other == null) {
            other = "counterparty:" + (otherName != null ? otherName : description != null ? description : "unknown");
        } else {
            other = other.replace(" ", "");
        }
        String ownerName = report == null ? null : report.ownerName;
        var details = (debit
                ? new Transaction.Details(ownerName, otherName, null, otherBank, null, otherCountry, Channel.TRANSFER,
                null, description)
                : new Transaction.Details(otherName, ownerName, otherBank, null, otherCountry, null, Channel.TRANSFER,
                null, description)).withDateOnly(when.dateOnly());
        String id = id(source, entry, tx, detailNumber);
        sink.accept(debit ? new Transaction(id, when.instant(), account, other, amount, currency, details)
                : new Transaction(id, when.instant(), other, account, amount, currency, details));
        return 1;
    }

    /**
     * The detail's own reference (not NOTPROVIDED), else the entry's with the detail's number when the entry has
     * several, else the file name and position. Two details may carry the same reference: both are kept.
     */
    private static String id(String source, Entry entry, Map<String, String> tx, int detailNumber) {
        for (String key : REFERENCES) {
            String value = tx.get(key);
            if (value != null && !value.equalsIgnoreCase("NOTPROVIDED")) {
                return value;
            }
        }
        String suffix = entry.details.size() > 1 && detailNumber > 0 ? "/" + detailNumber : "";
        for (String key : new String[] {"AcctSvcrRef", "NtryRef"}) {
            String value = entry.fields.get(key);
            if (value != null && !value.equalsIgnoreCase("NOTPROVIDED")) {
                return value + suffix;
            }
        }
        return source + ":" + entry.number + (detailNumber > 0 ? "." + detailNumber : "");
    }

    private static String first(Map<String, String> fields, String... keys) {
        for (String key : keys) {
            String value = fields.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Account numbers compared as banks and people write them: spaces and case do not matter. */
    static final class Accounts {
        private Accounts() {
        }

        static boolean same(String a, String b) {
            return normal(a).equals(normal(b));
        }

        static String normal(String account) {
            return account.replaceAll("[\\s\\u00a0]", "").toUpperCase(Locale.ROOT);
        }
    }
}
