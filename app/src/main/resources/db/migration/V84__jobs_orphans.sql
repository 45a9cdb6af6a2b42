-- Module jobs: analyses and ad batches left running by the executors that jobs replace have no job to resume
-- them (they were resumed or failed in memory at start); they end here with the reason their pages show.
update finance_analysis set status = 'FAILED', finished_at = current_timestamp,
    error = 'the server stopped while the analysis ran; start it again'
where status = 'RUNNING';

update ad_batch set status = 'FAILED', finished_at = current_timestamp,
    bad_report = 'screening stopped with the server; ads screened so far are kept'
where status = 'RUNNING';
