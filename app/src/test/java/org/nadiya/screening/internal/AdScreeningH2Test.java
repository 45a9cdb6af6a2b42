package org.nadiya.screening.internal;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class AdScreeningH2Test extends AdScreeningContract {
}
