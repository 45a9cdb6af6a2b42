package org.nadiya.victims;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class PersonRecordsPostgresTest extends PersonRecordsContract {
}
