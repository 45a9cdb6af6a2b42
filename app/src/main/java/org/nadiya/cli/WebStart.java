package org.nadiya.cli;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Starting the web application for {@code serve} and {@code demo}: a one-line reason when it cannot. */
final class WebStart {

    private WebStart() {
    }

    static ConfigurableApplicationContext start(Map<String, Object> properties) {
        try {
            return Contexts.web(properties);
        } catch (RuntimeException e) {
            throw new CannotStartException(reason(e), e);
        }
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("KeyFileException")) {
                return "key file unusable: " + t.getMessage();
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return "database unusable: " + NadiyaCommand.oneLine(sql);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("PortInUseException")) {
                return NadiyaCommand.oneLine(t) + " (choose another with --port N)";
            }
        }
        return NadiyaCommand.oneLine(NadiyaCommand.rootCause(e));
    }

    /** The host to print in a URL: "localhost" for every-interface and loopback addresses. */
    static String displayHost(String host) {
        return "0.0.0.0".equals(host) || "::".equals(host) || isLoopback(host) ? "localhost"
                : host.contains(":") ? "[" + host + "]" : host;
    }

    static boolean isLoopback(String host) {
        return host.startsWith("127.") || "::1".equals(host) || "localhost".equals(host);
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Blocks until the application is stopped (Ctrl+C or SIGTERM close the context). */
    static int awaitShutdown(ConfigurableApplicationContext context) {
        var closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (!context.isActive()) {
            return 0;
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static final class CannotStartException extends RuntimeException {
        CannotStartException(String message, Throwable cause) {
            super("cannot start: " + message, cause);
        }
    }
}
