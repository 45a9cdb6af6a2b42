/**
 * The demo data set behind {@code ./nadiya demo}. Each module contributes its own fictional data through
 * {@link org.nadiya.demo.DemoContributor}; the loader runs each contribution once per data directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.nadiya.demo;
