/**
 * Screening of online recruitment ads for trafficking-risk indicators with the plain-Java {@code screen} engine
 * (docs/screen.md). This first part is the page where an operative or analyst pastes an ad and sees its risk,
 * the evidence highlighted in the ad, and the contacts found; nothing is stored. Batches, attaching an ad to a
 * proceeding and hits on proceedings' identifiers follow (docs/handover.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.nadiya.screening;
