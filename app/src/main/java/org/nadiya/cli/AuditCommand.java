package org.nadiya.cli;

import java.util.LinkedHashMap;
import java.util.concurrent.Callable;

import org.nadiya.audit.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Works with the audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Checkpoint.class, AuditCommand.PublicKey.class})
class AuditCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: verify, checkpoint, public-key");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Re-computes the keyed hash chain of the audit log and, with --checkpoint, checks that every",
                    "signed checkpoint in FILE (copied off the machine) is still in the chain; with --public-key the",
                    "checkpoints' Ed25519 signatures are checked with that key (a copy kept off the machine).",
                    "Exits 0 and prints the entry count when intact; exits 1 naming the first broken entry."})
    static class Verify implements Callable<Integer> {

        @Option(names = "--json", description = "print the result as JSON")
        boolean json;

        @Option(names = "--checkpoint", paramLabel = "FILE",
                description = "checkpoint file written by Nadiya (default: none; the server writes"
                        + " audit-checkpoints.txt in the data directory)")
        java.nio.file.Path checkpoint;

        @Option(names = "--public-key", paramLabel = "PEM",
                description = "public key that checks the checkpoints' signatures (default: this installation's;"
                        + " printed by 'audit public-key')")
        java.nio.file.Path publicKey;

        @Override
        public Integer call() {
            if (checkpoint != null && !java.nio.file.Files.isReadable(checkpoint)) {
                throw new IllegalArgumentException("--checkpoint: no readable file " + checkpoint);
            }
            if (publicKey != null && checkpoint == null) {
                throw new IllegalArgumentException("--public-key checks checkpoints: name them with --checkpoint FILE");
            }
            if (publicKey != null && !java.nio.file.Files.isReadable(publicKey)) {
                throw new IllegalArgumentException("--public-key: no readable file " + publicKey);
            }
            try (var context = Contexts.tool()) {
                var audit = context.getBean(AuditLog.class);
                var result = checkpoint == null ? audit.verify() : audit.verify(checkpoint, publicKey);
                if (json) {
                    var out = new LinkedHashMap<String, Object>();
                    out.put("intact", result.intact());
                    out.put("entries", result.entries());
                    out.put("firstBroken", result.intact() ? null : result.firstBroken());
                    out.put("problem", result.problem());
                    System.out.println(Json.object(out));
                } else if (result.intact()) {
                    System.out.println("audit chain intact: " + result.entries() + " entries");
                } else {
                    System.out.println("audit chain BROKEN at entry " + result.firstBroken() + ": " + result.problem()
                            + " (" + result.entries() + " entries before it are intact)");
                }
                return result.intact() ? 0 : 1;
            }
        }
    }

    @Command(name = "public-key", mixinStandardHelpOptions = true,
            description = {"Prints the public key (PEM) that verifies this installation's audit checkpoints. It holds",
                    "no secret: keep a copy off the machine with the checkpoints and pass it to verify --public-key,",
                    "or check a checkpoint line with OpenSSL (docs/operations.md)."})
    static class PublicKey implements Callable<Integer> {

        @Override
        public Integer call() {
            try (var context = Contexts.tool()) {
                System.out.print(context.getBean(AuditLog.class).checkpointPublicKey());
                return 0;
            }
        }
    }

    @Command(name = "checkpoint", mixinStandardHelpOptions = true,
            description = {"Appends a signed checkpoint of the audit chain's head to the checkpoint file now and",
                    "prints it (e.g. to send it to a log server off the machine)."})
    static class Checkpoint implements Callable<Integer> {

        @Override
        public Integer call() {
            try (var context = Contexts.tool()) {
                System.out.println(context.getBean(AuditLog.class).checkpoint());
                return 0;
            }
        }
    }
}
