/**
 * The command line of the one jar (picocli): {@code demo}, {@code serve}, {@code audit verify},
 * {@code keys rotate}, {@code user ...}, {@code qualify}, {@code identify}, {@code match ...}, {@code flow ...},
 * {@code stats}, {@code training ...}. Each command starts the Spring context it needs and calls the modules' public
 * API; {@code qualify}, {@code identify}, {@code match} and {@code flow} need none and call plain-Java engines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.nadiya.cli;
