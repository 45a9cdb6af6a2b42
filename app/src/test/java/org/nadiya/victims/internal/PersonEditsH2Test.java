package org.nadiya.victims.internal;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class PersonEditsH2Test extends PersonEditsContract {
}
