/**
 * Identification of potential victims by front-line officers: an indicator-based screening (catalogue as data in
 * {@code identification/indicators.yaml}, scored by the plain-Java {@link org.nadiya.identification.indicators}
 * core), which with the person's consent registers a protected person and hands them to the regional
 * Coordination Centre, and without consent keeps only an anonymous record for statistics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identification of potential victims")
package org.nadiya.identification;
