-- Module victims, issue 4 completed: the responsible coordinator of a person (caseload per coordinator), a legal
-- representative who is another protected person (for a child), and the person's photo (encrypted).

-- The coordinator answering for the person; set at registration when a coordinator registers, null otherwise.
alter table protected_person add column coordinator_id bigint;
alter table protected_person add constraint protected_person_coordinator
    foreign key (coordinator_id) references app_user (id);
update protected_person set coordinator_id = registered_by
    where registered_by in (select user_id from user_role where role = 'COORDINATOR');
create index protected_person_coordinator_idx on protected_person (coordinator_id);

-- A child's legal representative recorded as a protected person of kind LEGAL_REPRESENTATIVE (the representative's
-- own identity is encrypted like anyone's). One representative per child; the link is replaced, never edited.
create table person_representative (
    child_id          bigint      not null primary key references protected_person (id),
    representative_id bigint      not null references protected_person (id),
    linked_on         date        not null,
    linked_by         varchar(64) not null,
    check (child_id <> representative_id)
);
create index person_representative_by_rep on person_representative (representative_id);

-- The photo is part of the identity: AES-256-GCM ciphertext of the base64 image (FieldEncryption), context
-- 'person_photo.content_enc:<pseudonym>'. The sniffed content type and size stay in clear (they identify no one).
create table person_photo (
    pseudonym    varchar(16) not null primary key references protected_person (pseudonym),
    content_type varchar(20) not null,
    size_bytes   bigint      not null,
    uploaded_on  date        not null,
    uploaded_by  varchar(64) not null,
    content_enc  text        not null
);
