package org.nadiya.victims;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class VictimSupportPostgresTest extends VictimSupportContract {
}
