package org.nadiya.cases;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class ProceedingsPostgresTest extends ProceedingsContract {
}
