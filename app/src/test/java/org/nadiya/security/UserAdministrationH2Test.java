package org.nadiya.security;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class UserAdministrationH2Test extends UserAdministrationContract {
}
