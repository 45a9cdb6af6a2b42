package org.nadiya.identification;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class ScreeningsH2Test extends ScreeningsContract {
}
