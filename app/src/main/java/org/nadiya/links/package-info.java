/**
 * Links between proceedings: identifiers (phones, accounts, cards, documents, wallets ...) attached to a
 * proceeding or to a person of it, hit/no-hit deconfliction between proceedings that share one, and requests to
 * open a hit. Normalisation and matching come from the plain-Java {@code match} engine. See docs/links.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Links")
package org.nadiya.links;
