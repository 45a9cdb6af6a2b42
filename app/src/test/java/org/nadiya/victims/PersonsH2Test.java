package org.nadiya.victims;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class PersonsH2Test extends PersonsContract {
}
