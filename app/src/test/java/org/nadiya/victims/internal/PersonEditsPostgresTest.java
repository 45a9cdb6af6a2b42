package org.nadiya.victims.internal;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class PersonEditsPostgresTest extends PersonEditsContract {
}
