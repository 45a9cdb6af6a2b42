package org.nadiya.links.internal;

import org.nadiya.links.IdentifiersFound;
import org.nadiya.links.NewIdentifier;
import org.nadiya.security.FieldEncryption;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stores identifiers another module extracted (statement accounts, ad selectors) after its transaction commits,
 * and looks for hits. Durable: an incomplete publication is republished on restart (decision 0009).
 */
@Component
class IdentifiersFoundListener {

    private final LinksService links;
    private final FieldEncryption encryption;

    IdentifiersFoundListener(LinksService links, FieldEncryption encryption) {
        this.links = links;
        this.encryption = encryption;
    }

    @ApplicationModuleListener
    void on(IdentifiersFound event) {
        var found = event.open(encryption);
        if (found.isEmpty()) {
            return;
        }
        links.addFound(event.proceedingId(), event.personId(), event.source(), event.actor(),
                found.stream().map(f -> new NewIdentifier(f.kind(), f.value(), null)).toList());
    }
}
