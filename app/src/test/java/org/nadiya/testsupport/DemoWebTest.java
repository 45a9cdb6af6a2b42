package org.nadiya.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.nadiya.demo.DemoLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Web tests in the shared context with the demo data loaded (once per database; later calls load nothing). */
@NadiyaTest
public abstract class DemoWebTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected DemoLoader demo;

    @BeforeEach
    void loadDemoData() {
        demo.load();
    }
}
