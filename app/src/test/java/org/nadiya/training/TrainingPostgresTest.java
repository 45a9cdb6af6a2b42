package org.nadiya.training;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class TrainingPostgresTest extends TrainingContract {
}
