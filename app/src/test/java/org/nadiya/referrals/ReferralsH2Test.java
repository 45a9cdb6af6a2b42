package org.nadiya.referrals;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class ReferralsH2Test extends ReferralsContract {
}
