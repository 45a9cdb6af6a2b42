-- Module links (decision 0073): no identifier of any kind stays in clear. match_key becomes a keyed hash for every
-- kind (KIND:hmac:<HMAC-SHA-256 of the engine's KIND:value under a secret derived from the key file>), in
-- link_identifier and link_hit alike, so equal values still meet; display becomes a FieldEncryption ciphertext bound
-- to the row's value_key (wider column). The rewrite needs the key file, so the application does it once at start-up
-- (links' KeyedIdentifiersUpgrade), recorded in at_rest_upgrade; rows written from now on are stored so directly.

create table at_rest_upgrade (
    name    varchar(100) primary key,
    done_at timestamp with time zone not null
);

alter table link_identifier alter column display set data type varchar(1000);
