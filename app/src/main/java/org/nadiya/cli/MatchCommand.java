package org.nadiya.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Name and identifier matching with the plain-Java match engine; no Spring context and no database. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Name matching across Cyrillic and Latin spellings, duplicate persons, KMU 2010 transliteration.",
                "See docs/match.md."},
        subcommands = {MatchPairsCommand.class, MatchDedupeCommand.class, MatchTranslitCommand.class})
class MatchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: pairs, dedupe or translit");
    }
}
