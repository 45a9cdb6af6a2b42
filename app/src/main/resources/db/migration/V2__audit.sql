-- Module audit: append-only, hash-chained log. audit_head serialises appends (one row, locked per append).

create table audit_entry (
    seq          bigint        primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64)   not null,
    action       varchar(64)   not null,
    entity_type  varchar(64),
    entity_id    varchar(100),
    reason       varchar(1000),
    outcome      varchar(10)   not null,
    details      varchar(2000),
    prev_hash    varchar(64)   not null,
    entry_hash   varchar(64)   not null
);

create index audit_entry_time on audit_entry (occurred_at);
create index audit_entry_actor on audit_entry (actor);
create index audit_entry_entity on audit_entry (entity_type, entity_id);

create table audit_head (
    id        integer      primary key,
    last_seq  bigint       not null,
    last_hash varchar(64)  not null
);

insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
