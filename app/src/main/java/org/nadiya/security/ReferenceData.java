package org.nadiya.security;

import java.util.List;
import java.util.Optional;

/** Regions and agencies, as the administrator keeps them. */
public interface ReferenceData {

    List<Region> regions();

    Optional<Region> region(String code);

    List<Agency> agencies();

    Optional<Agency> agency(String code);

    /** Adds a partner organisation or another agency; fails with a clear message on a duplicate code. */
    Agency addAgency(Agency agency);
}
