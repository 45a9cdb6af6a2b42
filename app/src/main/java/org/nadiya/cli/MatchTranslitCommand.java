package org.nadiya.cli;

import java.util.List;

import org.nadiya.match.names.KmuTransliteration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "translit", mixinStandardHelpOptions = true,
        description = "Prints TEXT in Latin by the official table of KMU Resolution No. 55 of 27.01.2010.")
class MatchTranslitCommand implements Runnable {

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Ukrainian text; several words may be given unquoted")
    List<String> words;

    @Override
    public void run() {
        System.out.println(KmuTransliteration.transliterate(String.join(" ", words)));
    }
}
