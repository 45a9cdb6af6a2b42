package org.nadiya.victims.internal;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class NamePartsH2Test extends NamePartsContract {
}
