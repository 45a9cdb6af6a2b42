package org.nadiya.cases;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class ProceedingsH2Test extends ProceedingsContract {
}
