package org.nadiya.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.nadiya.flow.FlowEngine;
import org.nadiya.flow.OnError;
import picocli.CommandLine.Option;

/** The statement options shared by analyze and trace; all inputs are loaded into one graph, or none is. */
class FlowInputs {

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "statement file (CSV, XLS/XLSX or camt.053 XML); repeat to analyse several together")
    List<Path> inputs;

    @Option(names = "--mapping", paramLabel = "FILE", description = "mapping file (YAML or JSON) for a CSV/XLSX layout")
    Path mapping;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, xlsx or camt053 (default: from the file)")
    String format;

    @Option(names = "--account", paramLabel = "ACCOUNT",
            description = "the statement owner's account, for single-account statements that do not name it")
    String account;

    @Option(names = "--on-error", paramLabel = "fail|skip", defaultValue = "fail",
            description = "a bad row stops the import (fail, default: nothing is imported) or is skipped and listed")
    OnError onError;

    FlowEngine.Statements load(Progress progress) throws IOException {
        return FlowEngine.load(new FlowEngine.Inputs(inputs, mapping, format, account, onError), progress);
    }
}
