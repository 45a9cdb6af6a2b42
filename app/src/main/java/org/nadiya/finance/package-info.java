/**
 * Financial analysis of a proceeding: bank statements uploaded and kept as evidence (original bytes, SHA-256,
 * encrypted at rest), money-flow analyses run by the plain-Java {@code flow} engine in the background, their alerts
 * merged into findings that analysts confirm or dismiss, follow-the-money traces, graphs, CSV and printable
 * exports. Everything is seen under the proceeding's need-to-know and audited. See docs/finance.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance")
package org.nadiya.finance;
