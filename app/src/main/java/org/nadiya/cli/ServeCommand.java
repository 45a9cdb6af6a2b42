package org.nadiya.cli;

import java.util.HashMap;
import java.util.concurrent.Callable;

import org.nadiya.security.UserAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts Nadiya for production use.",
                "PostgreSQL when NADIYA_DB_URL (+ NADIYA_DB_USER, NADIYA_DB_PASSWORD) is set, else H2 in ./nadiya-data.",
                "On an empty database creates the user 'admin' and prints its one-time password once."})
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default ${DEFAULT-VALUE}, or NADIYA_PORT)",
            defaultValue = "${env:NADIYA_PORT:-8080}")
    int port;

    @Option(names = "--host", description = "address the HTTP server listens on (default ${DEFAULT-VALUE}, or"
            + " NADIYA_HOST; 0.0.0.0 is every interface, 127.0.0.1 this machine only, e.g. behind a reverse proxy on"
            + " the same host)", defaultValue = "${env:NADIYA_HOST:-0.0.0.0}")
    String host;

    @Override
    public Integer call() {
        var properties = new HashMap<String, Object>();
        properties.put("server.port", port);
        properties.put("server.address", host);
        var context = WebStart.start(properties);
        context.getBean(UserAdministration.class).createFirstAdministrator().ifPresent(password -> {
            System.out.println("First start: created user 'admin' with the one-time password below.");
            System.out.println("It is shown only now; it must be changed at the first sign-in.");
            System.out.println("  admin  " + password);
        });
        System.out.println("Nadiya serves http://" + WebStart.displayHost(host) + ":" + WebStart.port(context)
                + "/ (listening on " + host + ")");
        return WebStart.awaitShutdown(context);
    }
}
