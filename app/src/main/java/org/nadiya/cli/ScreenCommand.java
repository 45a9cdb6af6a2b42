package org.nadiya.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Recruitment-ad screening with the plain-Java screen engine; no Spring context and no database. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Trafficking-risk indicators and contact selectors in online recruitment ads.", "See docs/screen.md."},
        subcommands = {ScreenAdsCommand.class})
class ScreenCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: ads");
    }
}
