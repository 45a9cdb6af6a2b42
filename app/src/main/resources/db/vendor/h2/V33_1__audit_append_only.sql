-- What stands in for PostgreSQL's append-only trigger on the embedded database: UPDATE and DELETE of audit_entry
-- raise an error (a Java trigger), and TRUNCATE is refused because a table refers to audit_entry. Whoever can drop
-- a trigger can still get past it; the keyed chain and the checkpoints catch what they then change.

create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call "org.nadiya.audit.internal.H2AppendOnlyTrigger";

create table audit_truncate_guard (
    seq bigint references audit_entry (seq)
);
