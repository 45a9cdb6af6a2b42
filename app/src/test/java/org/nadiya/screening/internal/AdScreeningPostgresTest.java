package org.nadiya.screening.internal;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class AdScreeningPostgresTest extends AdScreeningContract {
}
