-- Identifiers no longer travel in clear through the event publication registry (decision 0035): links.IdentifiersFound
-- now carries them encrypted. Publications of the old shape, completed or not, held raw IBANs, card numbers and phones:
-- they are deleted (an analysis or an attachment whose identifiers had not reached links yet passes them again when it
-- is run or made again). Completed publications are deleted after nadiya.events.completed-retention from now on.

delete from event_publication
where event_type = 'org.nadiya.links.IdentifiersFound' and serialized_event like '%"identifiers"%';
