package org.nadiya.cli;

import java.util.LinkedHashMap;
import java.util.concurrent.Callable;

import org.nadiya.security.FieldKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manages the field-encryption keys.",
        subcommands = KeysCommand.Rotate.class)
class KeysCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: rotate");
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = {"Creates a new key and re-encrypts every encrypted field under it in one transaction.",
                    "Old keys stay in the key file (NADIYA_KEY_FILE) so that old backups remain readable."})
    static class Rotate implements Callable<Integer> {

        @Option(names = "--json", description = "print the result as JSON")
        boolean json;

        @Override
        public Integer call() {
            try (var context = Contexts.tool()) {
                var rotation = context.getBean(FieldKeys.class).rotate();
                if (json) {
                    var out = new LinkedHashMap<String, Object>();
                    out.put("oldKey", rotation.oldKeyId());
                    out.put("newKey", rotation.newKeyId());
                    out.put("fieldsReencrypted", rotation.fieldsReencrypted());
                    System.out.println(Json.object(out));
                } else {
                    System.out.println("keys rotated: " + rotation.oldKeyId() + " -> " + rotation.newKeyId() + ", "
                            + rotation.fieldsReencrypted() + " fields re-encrypted");
                }
                return 0;
            }
        }
    }
}
