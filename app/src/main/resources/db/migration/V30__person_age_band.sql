-- Module victims: the CTDC broad age band (ageBroad) of a protected person, computed from the encrypted date of
-- birth on the day of registration and kept in clear for statistics, like the age group (decision 0031).
-- Null only until the start-up backfill (victims.internal.AgeBandBackfill) has computed it for rows registered
-- before this migration; UNKNOWN when no date of birth is recorded.
alter table protected_person add column age_band varchar(20);
