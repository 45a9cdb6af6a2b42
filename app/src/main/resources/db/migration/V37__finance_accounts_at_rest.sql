-- Module finance (decision 0073): account numbers leave the clear. The accounts of alerts and findings and a
-- statement's own account become FieldEncryption ciphertexts (bound to alert_key, the finding's id and file_key);
-- finance_account_name.account holds a keyed hash of the account (hmac:<HMAC-SHA-256 under a secret derived from the
-- key file>) by which the holder's encrypted name is found. The rewrite needs the key file, so the application does
-- it once at start-up (finance's AccountsAtRestUpgrade), recorded in at_rest_upgrade.

alter table finance_statement alter column owner_account set data type varchar(1000);
alter table finance_account_name alter column account set data type varchar(100);
