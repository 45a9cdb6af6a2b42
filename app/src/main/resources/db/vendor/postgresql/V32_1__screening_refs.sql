-- Unguessable references for the screenings stored before V32 (the demo's were fixed, 00000000-...).
update screening set ref = replace(gen_random_uuid()::text, '-', '') where ref is null;
