package org.nadiya.victims;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class PersonRecordsH2Test extends PersonRecordsContract {
}
