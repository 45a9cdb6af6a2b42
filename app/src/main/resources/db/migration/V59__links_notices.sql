-- Module links (issue 17): when each user last marked a hit's notices as read. A notice of the hit (the hit found, a
-- decision on the team's request to open it) shows on the user's home page while it is newer than seen_at.
create table link_notice_seen (
    user_id bigint                   not null references app_user (id),
    hit_id  bigint                   not null references link_hit (id),
    seen_at timestamp with time zone not null,
    primary key (user_id, hit_id)
);
