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

    /** A context without a web server, quiet, acting as {@code system:cli:<os user>} in the audit log. */
    static ConfigurableApplicationContext tool() {
        var app = new SpringApplication(NadiyaApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        var context = app.run("--logging.level.root=ERROR", "--logging.level.org.springframework.boot.SpringApplication=OFF",
                "--spring.main.banner-mode=off");
        var actor = UsernamePasswordAuthenticationToken.authenticated(
                "system:cli:" + System.getProperty("user.name", "unknown"), null, List.of());
        SecurityContextHolder.getContext().setAuthentication(actor);
        return context;
    }

    /** The web application; {@code properties} override every other source (passed as command-line arguments). */
    static ConfigurableApplicationContext web(Map<String, Object> properties) {
        var app = new SpringApplication(NadiyaApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        // The command prints a one-line reason when start-up fails; set this logger to ERROR to see the trace.
        app.setDefaultProperties(Map.of("logging.level.org.springframework.boot.SpringApplication", "OFF",
                "logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter", "OFF"));
        return app.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
    }
}
