/**
 * Statistics: aggregates of proceedings, victims, referrals and interviews with disclosure control (primary and
 * complementary suppression, optional rounding), dashboards and downloads, a k-anonymised record-level research
 * export in CTDC variables and an HTCDS-shaped case export. Reads the other modules' tables read-only, each through
 * one class (see docs/decisions/0018-stats-reads-source-tables.md); {@code disclosure} is plain Java.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.nadiya.stats;
