package org.nadiya.finance.internal;

import java.util.Comparator;
import java.util.List;

import org.nadiya.finance.FinancialAnalyses.TransactionLine;
import org.nadiya.kernel.InvalidInputException;

/** How a finding's transactions are sorted and written as CSV. */
final class TransactionTable {

    private TransactionTable() {
    }

    static Comparator<TransactionLine> order(String sort) {
        String key = sort == null || sort.isBlank() ? "time" : sort.strip();
        boolean descending = key.startsWith("-");
        Comparator<TransactionLine> by = switch (descending ? key.substring(1) : key) {
            case "time" -> Comparator.comparing(TransactionLine::time);
            case "amount" -> Comparator.comparing(TransactionLine::amount);
            case "from" -> Comparator.comparing(TransactionLine::from);
            case "to" -> Comparator.comparing(TransactionLine::to);
            default -> throw new InvalidInputException("sort", "error.finance.transactions.sort");
        };
        by = by.thenComparing(TransactionLine::time).thenComparing(TransactionLine::id);
        return descending ? by.reversed() : by;
    }

    static String csv(List<TransactionLine> lines) {
        var csv = new StringBuilder("transaction,date,time_utc,amount,currency,from_account,from_name,to_account,to_name,"
                + "description\r\n");
        for (var l : lines.stream().sorted(order("time")).toList()) {
            String date = l.time().toString().substring(0, 10);
            csv.append(String.join(",", cell(l.id()), date, l.dateOnly() ? "" : l.time().toString(),
                    l.amount().toPlainString(), cell(l.currency()), cell(l.from()), cell(l.fromName()), cell(l.to()),
                    cell(l.toName()), cell(l.description()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(String value) {
        return FinanceService.cell(value);
    }
}
