package org.nadiya.finance.internal;

import java.util.List;
import java.util.Locale;

import org.nadiya.flow.StatementIssue;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The money-flow engine's statement problems in the reader's language: each issue's code is the bundle key
 * {@code error.flow.<code>} with the issue's arguments, placed after the file's name, the row and the column
 * ({@code error.flow.at.*}). The engine's English text is used only for a code the bundles do not know
 * ({@code FlowBundlesTest} keeps that from happening).
 */
@Component
class StatementProblems {

    private final MessageSource messages;

    StatementProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** The issue, naming the file as the user uploaded it (not the temporary copy the engine read). */
    String text(StatementIssue issue, String fileName) {
        return text(issue, fileName, locale());
    }

    /** The reader's language; outside a request (a service call, a job) the application's default, Ukrainian. */
    private static Locale locale() {
        return LocaleContextHolder.getLocaleContext() == null || LocaleContextHolder.getLocaleContext().getLocale() == null
                ? UKRAINIAN : LocaleContextHolder.getLocale();
    }

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    String text(StatementIssue issue, String fileName, Locale locale) {
        String reason;
        try {
            reason = messages.getMessage("error.flow." + issue.code(), issue.args().toArray(), locale);
        } catch (NoSuchMessageException e) {
            reason = issue.text();
        }
        if (issue.row() <= 0) {
            return messages.getMessage("error.flow.at.file", new Object[] {fileName, reason}, locale);
        }
        if (issue.column() == null) {
            return messages.getMessage("error.flow.at.row", new Object[] {fileName, issue.row(), reason}, locale);
        }
        return messages.getMessage("error.flow.at.cell", new Object[] {fileName, issue.row(), issue.column(), reason},
                locale);
    }

    /** A file that gave no transaction, with the first (at most five) rows it skipped and why. */
    String noTransactions(List<StatementIssue> skipped, String fileName) {
        Locale locale = locale();
        String rows = String.join("; ", skipped.stream().limit(5).map(i -> text(i, fileName, locale)).toList());
        return messages.getMessage(rows.isEmpty() ? "finance.upload.noTransactions" : "finance.upload.noTransactionsRows",
                new Object[] {fileName, rows}, locale);
    }
}
