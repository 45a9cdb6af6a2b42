-- Module victims: the blocking index of protected persons' names (decision 0029). Each row is a keyed hash
-- (HMAC-SHA256 under a secret derived from the key file, truncated to 128 bits, hex) of one blocking key of the
-- match engine: a word key (first consonant classes, or a given-name group) or a pair key of two words, from the
-- Cyrillic and the Latin name. No clear name and no clear key is stored; without the key file the hashes cannot be
-- recomputed from a guessed name. Candidates for a name hit or a name search are the persons sharing a hash.

create table person_name_key (
    key_hash   varchar(32) not null,
    person_id  bigint      not null references protected_person (id),
    primary key (key_hash, person_id)
);

create index person_name_key_person on person_name_key (person_id);

-- Which persons are indexed under which version of the blocking rules (a person without a name is indexed with no
-- keys); persons missing here, or indexed under an older version, are indexed at start.
create table person_name_indexed (
    person_id     bigint  primary key references protected_person (id),
    rules_version integer not null,
    indexed_at    timestamp with time zone not null
);
