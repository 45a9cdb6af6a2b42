-- Module finance (issue 6): statements stored as a sequence of encrypted chunks, so that a statement of any size
-- is written and read with memory bounded by the chunk size (nadiya.finance.chunk-size, 4 MB by default).
-- Each chunk is one FieldEncryption value (AES-256-GCM of the base64 of its bytes) whose context is
-- 'finance_statement_chunk.content_enc:<file_key>/<chunk_no>': a chunk moved to another statement or place fails
-- to decrypt. The reader builds the context from the statement's file_key and the position it expects, never from
-- chunk_key; chunk_key is the row key for key rotation. Rows stored by V24 keep their single value in
-- finance_statement.content_enc (chunks null) and are read from there.

alter table finance_statement alter column content_enc drop not null;
alter table finance_statement add column chunks integer;

create table finance_statement_chunk (
    chunk_key    varchar(60) primary key,
    statement_id bigint      not null references finance_statement (id),
    chunk_no     integer     not null,
    size_bytes   integer     not null,
    content_enc  text        not null,
    constraint finance_statement_chunk_once unique (statement_id, chunk_no)
);
