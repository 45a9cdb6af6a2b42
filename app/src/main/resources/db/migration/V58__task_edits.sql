-- Module cases, issue 17: tasks are edited (title, assignee, due date) and reopened; "my tasks" lists a user's
-- tasks across proceedings. The version refuses a concurrent edit instead of losing it.
alter table task add column version integer default 0 not null;
alter table task add column updated_at timestamp with time zone;

create index task_assignee on task (assignee_id, done, due_on);
