-- Module victims: a protected person's name as family name, given name and patronymic, each encrypted like the rest of
-- the identity (AES-256-GCM, FieldEncryption, context 'protected_person.<column>:<pseudonym>'); decision 0043.
-- The name stored on one line before (name_cyrillic_enc) cannot be split in SQL: it is ciphertext. The start-up
-- backfill (victims.internal.NamePartsBackfill) decrypts each such row in memory, splits it conservatively (no word
-- is ever dropped; an uncertain order is marked for a check), writes the three parts and empties the one-line column
-- in the same transaction. Until then every read falls back to the one-line name, so nothing is lost in between.
alter table protected_person add column family_name_enc varchar(2000);
alter table protected_person add column given_name_enc varchar(2000);
alter table protected_person add column patronymic_enc varchar(2000);
-- True when the parts were split from the one-line name without certainty of the order; cleared when the identity
-- is next edited. Says nothing about the name itself.
alter table protected_person add column name_parts_unchecked boolean not null default false;
