package org.nadiya.links;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class LinksH2Test extends LinksContract {
}
