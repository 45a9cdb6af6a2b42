package org.nadiya.links.internal;

import org.nadiya.links.IdentifiersFound;
import org.nadiya.links.NewIdentifier;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stores identifiers another module extracted (statement accounts, ad selectors) after its transaction commits,
 * and looks for hits. Durable: an incomplete publication is republished on restart (decision 0009).
 */
@Component
class IdentifiersFoundListener {

    private final LinksService links;

    IdentifiersFoundListener(LinksService links) {
        this.links = links;
    }

    @ApplicationModuleListener
    void on(IdentifiersFound event) {
        links.addFound(event.proceedingId(), event.personId(), event.source(), event.actor(),
                event.identifiers().stream().map(f -> new NewIdentifier(f.kind(), f.value(), null)).toList());
    }
}
