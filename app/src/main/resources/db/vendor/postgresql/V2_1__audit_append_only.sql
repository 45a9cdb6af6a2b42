-- On PostgreSQL no role, the application's included, may rewrite history: UPDATE, DELETE and TRUNCATE
-- of audit_entry raise an error. (H2, the embedded demo database, relies on the hash chain alone.)

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;

create trigger audit_entry_no_update_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
