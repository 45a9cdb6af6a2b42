-- Module security: sessions and tokens end at once when a user is disabled, has the password reset or changed, or
-- has roles, agency, region or supervision changed. Each request compares the version its session or token was made
-- under with the user's current one (decision 0032); the version lives here, so every application instance sees it.

alter table app_user add column credential_version bigint default 0 not null;
alter table access_token add column credential_version bigint default 0 not null;
