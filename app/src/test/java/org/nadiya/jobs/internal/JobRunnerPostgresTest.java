package org.nadiya.jobs.internal;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class JobRunnerPostgresTest extends JobRunnerContract {
}
