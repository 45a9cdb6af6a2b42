package org.nadiya.referrals;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class NotificationPublicationPostgresTest extends NotificationPublicationContract {
}
