/**
 * The command line of the one jar (picocli): {@code demo}, {@code serve}, {@code audit verify},
 * {@code keys rotate}, {@code user ...}, {@code qualify}. Each command starts the Spring context it needs and
 * calls the modules' public API; {@code qualify} needs none and calls the plain-Java qualification assistant.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.nadiya.cli;
