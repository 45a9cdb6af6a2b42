package org.nadiya.victims.internal;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class CaseworkH2Test extends CaseworkContract {
}
