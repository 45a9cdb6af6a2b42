package org.nadiya.finance;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class FinancePostgresTest extends FinanceContract {
}
