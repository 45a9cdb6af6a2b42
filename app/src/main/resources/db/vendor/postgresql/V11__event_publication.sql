-- Spring Modulith 2.0.3 event publication registry (spring-modulith-events-jdbc, schemas/v2/schema-postgresql.sql),
-- created by Flyway instead of the registry's own schema initialisation (disabled in application.properties).
-- An application-module listener's publication stays here until the listener completes, and is republished on
-- restart if it did not (docs/decisions/0009-durable-notifications.md).
create table if not exists event_publication
(
  id                     uuid not null,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone,
  primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash(serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
