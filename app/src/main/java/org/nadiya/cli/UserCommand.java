package org.nadiya.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NewUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAccount;
import org.nadiya.security.UserAdministration;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Manages users and their access tokens.",
        subcommands = {UserCommand.Add.class, UserCommand.Token.class, UserCommand.ResetPassword.class,
                UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.ListUsers.class})
class UserCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "name a subcommand: add, token, reset-password, disable, enable, list");
    }

    static UserAccount existing(ConfigurableApplicationContext context, String username) {
        return context.getBean(UserAdministration.class).find(username.trim().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException("username", "error.common.user.unknown", username));
    }

    static void print(boolean json, java.util.Map<String, Object> fields, String text) {
        System.out.println(json ? Json.object(fields) : text);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Creates a user and prints a one-time password (to be changed at first sign-in).")
    static class Add implements Callable<Integer> {
        @Parameters(index = "0", description = "user name (Latin lower case)")
        String username;
        @Option(names = "--role", required = true, split = ",", description = "one or more of: ${COMPLETION-CANDIDATES}")
        List<Role> roles;
        @Option(names = "--agency", required = true, description = "agency code, e.g. NPU, PROSECUTOR, SBI")
        String agency;
        @Option(names = "--region", required = true, description = "ISO 3166-2 code such as UA-46, or UA for central")
        String region;
        @Option(names = "--name", description = "display name (default: the user name)")
        String name;
        @Option(names = "--email", description = "e-mail (stored encrypted)")
        String email;
        @Option(names = "--supervisor", description = "supervises proceedings of the region (all when central)")
        boolean supervisor;
        @Option(names = "--json", description = "print the result as JSON")
        boolean json;

        @Override
        public Integer call() {
            try (var context = Contexts.tool()) {
                String password = context.getBean(UserAdministration.class).create(new NewUser(username,
                        name == null ? username : name, email, Set.copyOf(roles), agency, region, supervisor));
                var out = new LinkedHashMap<String, Object>();
                out.put("username", username);
                out.put("oneTimePassword", password);
                print(json, out, "created user " + username + "; one-time password (shown once): " + password);
                return 0;
            }
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Issues a personal access token for the API and prints it once.")
    static class Token implements Callable<Integer> {
        @Parameters(index = "0", description = "user name")
        String username;
        @Option(names = "--name", defaultValue = "cli", description = "what the token is for (default ${DEFAULT-VALUE})")
        String name;
        @Option(names = "--days", defaultValue = "90", description = "validity in days, 1 to 366 (default ${DEFAULT-VALUE})")
        int days;
        @Option(names = "--json", description = "print the result as JSON")
        boolean json;

        @Override
        public Integer call() {
            try (var context = Contexts.tool()) {
                var user = existing(context, username);
                var token = context.getBean(UserAdministration.class).issueToken(user.id(), name, days);
                var out = new LinkedHashMap<String, Object>();
                out.put("username", user.username());
                out.put("tokenId", token.id());
                out.put("token", token.secret());
                out.put("expiresAt", token.expiresAt().toString());
                print(json, out, token.secret() + "\n(token " + token.id() + " of " + user.username()
                        + ", valid until " + token.expiresAt() + "; use it as 'Authorization: Bearer <token>')");
                return 0;
            }
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Sets a new one-time password, clears a lockout, and prints the password once.")
    static class ResetPassword implements Callable<Integer> {
        @Parameters(index = "0", description = "user name")
        String username;

        @Override
        public Integer call() {
            try (var context = Contexts.tool()) {
                var user = existing(context, username);
                String password = context.getBean(UserAdministration.class).resetPassword(user.id());
                System.out.println("one-time password for " + user.username() + " (shown once): " + password);
                return 0;
            }
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disables a user: no sign-in, no tokens.")
    static class Disable implements Callable<Integer> {
        @Parameters(index = "0", description = "user name")
        String username;

        @Override
        public Integer call() {
            try (var context = Contexts.tool()) {
                context.getBean(UserAdministration.class).setEnabled(existing(context, username).id(), false);
                System.out.println("disabled " + username);
                return 0;
            }
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enables a disabled user.")
    static class Enable implements Callable<Integer> {
        @Parameters(index = "0", description = "user name")
        String username;

        @Override
        public Integer call() {
            try (var context = Contexts.tool()) {
                context.getBean(UserAdministration.class).setEnabled(existing(context, username).id(), true);
                System.out.println("enabled " + username);
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists users.")
    static class ListUsers implements Callable<Integer> {
        @Option(names = "--json", description = "print one JSON object per line")
        boolean json;

        @Override
        public Integer call() {
            try (var context = Contexts.tool()) {
                for (UserAccount u : context.getBean(UserAdministration.class).list()) {
                    var out = new LinkedHashMap<String, Object>();
                    out.put("username", u.username());
                    out.put("roles", u.roles().stream().map(Role::name).sorted().toList());
                    out.put("agency", u.agencyCode());
                    out.put("region", u.regionCode());
                    out.put("enabled", u.enabled());
                    print(json, out, String.format("%-16s %-24s %-20s %-6s %s", u.username(),
                            u.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                            u.agencyCode(), u.regionCode(), u.enabled() ? "" : "disabled"));
                }
                return 0;
            }
        }
    }
}
