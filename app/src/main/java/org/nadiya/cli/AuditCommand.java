package org.nadiya.cli;

import java.util.LinkedHashMap;
import java.util.concurrent.Callable;

import org.nadiya.audit.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Works with the audit log.",
        subcommands = AuditCommand.Verify.class)
class AuditCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: verify");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Re-computes the hash chain of the audit log.",
                    "Exits 0 and prints the entry count when intact; exits 1 naming the first broken entry."})
    static class Verify implements Callable<Integer> {

        @Option(names = "--json", description = "print the result as JSON")
        boolean json;

        @Override
        public Integer call() {
            try (var context = Contexts.tool()) {
                var result = context.getBean(AuditLog.class).verify();
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
}
