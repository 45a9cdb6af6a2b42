package org.nadiya.cli;

import java.util.List;
import java.util.Map;

import org.nadiya.NadiyaApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Starts the Spring context a command needs. */
final class Contexts {

    private Contexts() {
    }

    /**
     * The data directory as an absolute path: H2 refuses a relative database path that does not start with
     * "./", and NADIYA_DATA_DIR=nadiya-data is how a person writes it.
     */
    static String dataDir() {
        String configured = System.getenv("NADIYA_DATA_DIR");
        return java.nio.file.Path.of(configured == null || configured.isBlank() ? "nadiya-data" : configured)
                .toAbsolutePath().normalize().toString();
    }

    /** A context without a web server, quiet, acting as {@code system:cli:<os user>} in the audit log. */
    static ConfigurableApplicationContext tool() {
        var app = new SpringApplication(NadiyaApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        var context = app.run("--logging.level.root=ERROR", "--logging.level.org.springframework.boot.SpringApplication=OFF",
                "--spring.main.banner-mode=off", "--nadiya.data-dir=" + dataDir(),
                // A command ends within seconds: it runs no background job and no recurring work of the servers.
                "--nadiya.jobs.enabled=false");
        var actor = UsernamePasswordAuthenticationToken.authenticated(
                "system:cli:" + System.getProperty("user.name", "unknown"), null, List.of());
        SecurityContextHolder.getContext().setAuthentication(actor);
        return context;
    }

    /** The web application; {@code properties} override every other source (passed as command-line arguments). */
    static ConfigurableApplicationContext web(Map<String, Object> properties) {
        properties = new java.util.HashMap<>(properties);
        properties.putIfAbsent("nadiya.data-dir", dataDir());
        var app = new SpringApplication(NadiyaApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        // The command prints a one-line reason when start-up fails; set this logger to ERROR to see the trace.
        app.setDefaultProperties(Map.of("logging.level.org.springframework.boot.SpringApplication", "OFF",
                "logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter", "OFF"));
        return app.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
    }
}
