package org.nadiya.cooperation;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class CooperationPostgresTest extends CooperationContract {
}
