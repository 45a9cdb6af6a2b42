package org.nadiya.referrals;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class NotificationPublicationH2Test extends NotificationPublicationContract {
}
