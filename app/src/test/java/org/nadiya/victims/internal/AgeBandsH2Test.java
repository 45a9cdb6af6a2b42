package org.nadiya.victims.internal;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class AgeBandsH2Test extends AgeBandsContract {
}
