/**
 * Durable background jobs: every long task (statement analyses, ad batches, and later imports, key rotation,
 * exports, retention clean-ups) is stored in the database, claimed by exactly one application instance, keeps its
 * progress in its row, is retried or failed with a reason, and is resumed by another instance when the one running
 * it dies. Modules submit a job inside their own transaction and run it in a {@link org.nadiya.jobs.JobHandler};
 * the scheduling is db-scheduler's (decision 0061). Administrators see every job on {@code /admin/jobs}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs")
package org.nadiya.jobs;
