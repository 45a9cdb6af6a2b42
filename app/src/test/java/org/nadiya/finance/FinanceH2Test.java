package org.nadiya.finance;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class FinanceH2Test extends FinanceContract {
}
