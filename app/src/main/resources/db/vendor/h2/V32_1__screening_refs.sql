-- Unguessable references for the screenings stored before V32 (the demo's were fixed, 00000000-...).
update screening set ref = replace(cast(random_uuid() as varchar), '-', '') where ref is null;
