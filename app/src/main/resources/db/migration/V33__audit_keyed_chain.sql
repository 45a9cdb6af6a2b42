-- Module audit: the chain is keyed (decision 0033). Entries written from now on carry an HMAC-SHA-256 under a key
-- derived from the key file (hash_kind 'hmac1'); entries written before keep their plain SHA-256 ('sha256') and are
-- verified as before: the first keyed entry covers the last plain one's hash, so rewriting any of them breaks the keyed
-- link. head_mac seals the head (last entry number and hash) with the same key, so the head cannot be moved back to an
-- older entry without it; signed checkpoints outside the database catch what a key holder could still do.

alter table audit_entry add column hash_kind varchar(10) default 'sha256' not null;
alter table audit_head add column head_mac varchar(64);
