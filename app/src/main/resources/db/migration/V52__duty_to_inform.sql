-- Module referrals: the duty to inform (issue 17). A stage-change notification is done when the coordinator records
-- how and on which day the person was told; acknowledged_at/by keep when and by whom that was recorded. The day by
-- which the person should be told is computed from changed_on by the rule nadiya.referrals.inform-days.
alter table referral_notification add column informed_on date;
alter table referral_notification add column informed_how varchar(30);
