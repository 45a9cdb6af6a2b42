-- Module identification: need-to-know on screening results (decision 0033). A screening is read by the officer who
-- made it, supervisors of its region and the coordinators it was handed to. The anonymous record stays without the
-- officer: owner_key is a keyed hash (HMAC-SHA-256 under a secret derived from the key file) of the officer's user id,
-- so the database alone does not say who screened. ref is the unguessable reference in links and the API (128 random
-- bits made by the server); client_ref, made by the browser, only makes a re-send idempotent for the same officer.

alter table screening add column ref varchar(32);
alter table screening add column owner_key varchar(64);
create unique index screening_by_ref on screening (ref);
