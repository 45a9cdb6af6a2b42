package org.nadiya;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Spring application. The jar's entry point is {@link org.nadiya.cli.NadiyaCommand}: {@code demo} and
 * {@code serve} start this application with a web server, other commands start it without one.
 */
@SpringBootApplication
public class NadiyaApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
