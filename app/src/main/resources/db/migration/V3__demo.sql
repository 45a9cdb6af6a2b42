-- Module demo: which demo data sets are loaded, so a second `./nadiya demo` reuses the data.

create table demo_dataset (
    name      varchar(100) primary key,
    loaded_at timestamp with time zone not null
);
