package org.nadiya.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nadiya.cases.qualification.FactsReader;
import org.nadiya.cases.qualification.QualificationAssistant;
import org.nadiya.cases.qualification.QualificationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the qualification assistant on a file; no Spring context and no database are needed. */
@Command(name = "qualify", mixinStandardHelpOptions = true,
        description = {"Suggests the qualification under Art. 149 CC, the grounds, the penalty and the investigative",
                "body for the facts in FILE: one facts object, or an array of them (answered in the same order).",
                "Prints pretty JSON (see docs/qualification.md). This is advice; the prosecutor decides.",
                "Exits 2 with the path of the offending field when the facts are not valid."})
class QualifyCommand implements Callable<Integer> {

    @Option(names = "--facts", required = true, paramLabel = "FILE", description = "facts as JSON (UTF-8)")
    Path facts;

    @Option(names = "--out", paramLabel = "FILE", description = "write the result here instead of standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        var batch = FactsReader.read(read(facts));
        String result = QualificationJson.write(new QualificationAssistant().qualifyAll(batch.facts()), batch.array());
        if (out == null) {
            System.out.println(result);
        } else {
            Files.writeString(out, result + System.lineSeparator());
        }
        return 0;
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            // No cause attached: the command line prints the deepest cause, which would lose the option name.
            throw new IllegalArgumentException("--facts: no such file: " + file);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("--facts: " + file + " is not UTF-8 text");
        }
    }
}
