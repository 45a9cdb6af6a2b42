package org.nadiya.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule: one or several {@link Problem}s, each naming its field and a message key with
 * arguments. Pages show every problem next to its field in the reader's language with the input kept; the API
 * answers RFC 9457 problem details; the CLI prints the English text and exits 2.
 *
 * <pre>throw new InvalidInputException("erdrNumber", "error.cases.erdrNumber.digits", erdr);</pre>
 */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;
    private final String field; // the first problem's, also for tools that read fields (AssertJ's extracting)

    public InvalidInputException(String field, String key, Object... args) {
        this(List.of(Problem.of(field, key, args)));
    }

    public InvalidInputException(List<Problem> problems) {
        super();
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.field = this.problems.get(0).field();
    }

    /** Every problem, in the order found (a form shows all of them at once). */
    public List<Problem> problems() {
        return problems;
    }

    /** The field of the first problem. */
    public String field() {
        return field;
    }

    /** The message key of the first problem (the API's stable code). */
    public String key() {
        return problems.get(0).key();
    }

    /** Whether some problem names this field (templates mark the field invalid). */
    public boolean has(String field) {
        return problems.stream().anyMatch(p -> field != null && field.equals(p.field()));
    }

    /** The problems that name this field. */
    public List<Problem> of(String field) {
        return problems.stream().filter(p -> field != null && field.equals(p.field())).toList();
    }

    /** The same problems with their fields renamed, e.g. from the API's names to a form's controls. */
    public InvalidInputException onFields(java.util.function.UnaryOperator<String> rename) {
        return new InvalidInputException(problems.stream()
                .map(p -> new Problem(rename.apply(p.field()), p.key(), p.args())).toList());
    }

    /** Every problem's text in the given language, "field: text" joined by "; " (logs, the CLI). */
    public String text(Locale locale) {
        return problems.stream().map(p -> (p.field() == null ? "" : p.field() + ": ") + p.text(locale))
                .collect(Collectors.joining("; "));
    }

    /** The English text of every problem. */
    @Override
    public String getMessage() {
        return text(Locale.ENGLISH);
    }

    /** Collects problems and throws them together, so that a form reports everything wrong at once. */
    public static final class Collector {

        private final List<Problem> problems = new ArrayList<>();

        public Collector add(String field, String key, Object... args) {
            problems.add(Problem.of(field, key, args));
            return this;
        }

        /** Runs a check that may throw; its problems are kept and the next check runs. */
        public Collector check(Runnable check) {
            try {
                check.run();
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            return this;
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
