/**
 * The command line of the one jar (picocli): {@code demo}, {@code serve}, {@code audit verify},
 * {@code keys rotate}, {@code user ...}. Each command starts the Spring context it needs and calls the
 * modules' public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.nadiya.cli;
