package org.nadiya.cooperation;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class CooperationH2Test extends CooperationContract {
}
