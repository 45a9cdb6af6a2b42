package org.nadiya.links;

import org.nadiya.testsupport.NadiyaPostgresTest;

@NadiyaPostgresTest
class LinksPostgresTest extends LinksContract {
}
