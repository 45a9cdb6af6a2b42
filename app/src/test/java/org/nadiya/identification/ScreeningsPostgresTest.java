package org.nadiya.identification;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class ScreeningsPostgresTest extends ScreeningsContract {
}
