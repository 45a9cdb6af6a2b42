package org.nadiya.training;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class TrainingH2Test extends TrainingContract {
}
