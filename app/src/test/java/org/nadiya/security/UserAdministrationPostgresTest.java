package org.nadiya.security;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class UserAdministrationPostgresTest extends UserAdministrationContract {
}
