package org.nadiya.referrals;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class ReferralsPostgresTest extends ReferralsContract {
}
