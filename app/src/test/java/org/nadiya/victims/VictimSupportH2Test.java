package org.nadiya.victims;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class VictimSupportH2Test extends VictimSupportContract {
}
