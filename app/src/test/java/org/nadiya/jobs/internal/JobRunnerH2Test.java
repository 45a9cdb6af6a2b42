package org.nadiya.jobs.internal;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class JobRunnerH2Test extends JobRunnerContract {
}
