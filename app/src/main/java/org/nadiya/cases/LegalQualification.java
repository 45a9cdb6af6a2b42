package org.nadiya.cases;

import org.nadiya.kernel.InvalidInputException;

/** An article of the Criminal Code and its part, e.g. 149 part 2. */
public record LegalQualification(String article, int part) {

    public LegalQualification {
        if (article == null || !article.matches("\\d{1,3}(-\\d)?")) {
            throw new InvalidInputException("qualifications", "error.cases.article.format", article);
        }
        if (part < 1 || part > 9) {
            throw new InvalidInputException("qualifications", "error.cases.article.noPart", part, article);
        }
    }

    /** Parses the written forms "149.2", "149:2", "149 ч.2" and "149 part 2". */
    public static LegalQualification parse(String text) {
        var m = java.util.regex.Pattern.compile("\\s*(\\d{1,3}(?:-\\d)?)\\s*(?:[.:]|ч\\.?|part)\\s*(\\d)\\s*")
                .matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new InvalidInputException("qualifications", "error.cases.qualification.format", text);
        }
        return new LegalQualification(m.group(1), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return article + "." + part;
    }
}
