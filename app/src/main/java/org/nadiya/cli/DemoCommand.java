package org.nadiya.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.Callable;

import org.nadiya.demo.DemoLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Starts Nadiya with the fictional demo data on the embedded database in ./nadiya-data",
                "(created on first run, reused after) and prints each demo user's name and password."})
class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "address the HTTP server listens on (default ${DEFAULT-VALUE}: this"
            + " machine only; 0.0.0.0 for every interface)", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--data-dir", description = "data directory (default ${DEFAULT-VALUE}, or NADIYA_DATA_DIR)",
            defaultValue = "${env:NADIYA_DATA_DIR:-./nadiya-data}")
    Path dataDir;

    @Override
    public Integer call() {
        var properties = new HashMap<String, Object>();
        properties.put("server.port", port);
        properties.put("server.address", host);
        properties.put("nadiya.data-dir", dataDir.toAbsolutePath().normalize().toString());
        // The demo always runs on the embedded database, whatever NADIYA_DB_URL says.
        properties.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("nadiya")
                + ";AUTO_SERVER=TRUE");
        properties.put("spring.datasource.username", "sa");
        // The embedded database's password is generated and kept in the data directory (EmbeddedDatabaseHardening).
        properties.put("spring.datasource.password", "");
        var context = WebStart.start(properties);
        var loader = context.getBean(DemoLoader.class);
        var loaded = loader.load();
        System.out.println(loaded.isEmpty() ? "Demo data already loaded in " + dataDir + "; reusing it."
                : "Demo data loaded into " + dataDir + ": " + String.join(", ", loaded));
        System.out.println();
        System.out.println("Nadiya demo: http://" + WebStart.displayHost(host) + ":" + WebStart.port(context) + "/"
                + (WebStart.isLoopback(host) ? " (this machine only; --host 0.0.0.0 to listen on every interface)" : ""));
        System.out.println("Demo users (fictional; passwords kept in " + dataDir.resolve("demo-credentials.properties") + "):");
        loader.context().users().forEach((user, password) ->
                System.out.printf("  %-14s %s%n", user, password));
        System.out.println("Stop with Ctrl+C.");
        return WebStart.awaitShutdown(context);
    }
}
