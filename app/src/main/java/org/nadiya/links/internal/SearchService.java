package org.nadiya.links.internal;

import java.util.ArrayList;
import java.util.List;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.Proceedings;
import org.nadiya.links.LinkedIdentifier;
import org.nadiya.links.NewIdentifier;
import org.nadiya.links.SearchResult;
import org.nadiya.match.identifiers.IdentifierKind;
import org.nadiya.match.names.PersonName;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NotVisibleException;
import org.nadiya.victims.PersonNameSearch;
import org.nadiya.victims.Persons;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team search: names through the victims module, identifiers by their normalised key. */
@Service
class SearchService {

    private static final int LIMIT = 50;

    private final PersonNameSearch names;
    private final IdentifierStore store;
    private final IdentifierForms forms;
    private final Proceedings proceedings;
    private final Persons persons;
    private final AuditLog audit;

    SearchService(PersonNameSearch names, IdentifierStore store, IdentifierForms forms, Proceedings proceedings,
                  Persons persons, AuditLog audit) {
        this.names = names;
        this.store = store;
        this.forms = forms;
        this.proceedings = proceedings;
        this.persons = persons;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    SearchResult search(CurrentUser user, String query) {
        if (!user.canSeePersons()) {
            throw new NotVisibleException("search", "persons");
        }
        if (query == null || query.isBlank() || query.length() > 200) {
            throw new InvalidInputException("q", "error.links.q.length");
        }
        var byName = PersonName.of(query).isEmpty() ? List.<PersonNameSearch.NameMatch>of() : names.search(user, query, LIMIT);
        var found = new ArrayList<LinkedIdentifier>();
        for (IdentifierKind kind : IdentifierKind.values()) {
            String key;
            try {
                key = forms.normalise(new NewIdentifier(kind.name(), query, null)).matchKey();
            } catch (InvalidInputException notThisKind) {
                continue;
            }
            found.addAll(store.withKey(key));
        }
        var visibleProceedings = proceedings.visibleAmong(user, found.stream().map(LinkedIdentifier::proceedingId).toList());
        var visiblePersons = persons.visibleAmong(user, found.stream().map(LinkedIdentifier::personId)
                .filter(java.util.Objects::nonNull).toList());
        var shown = found.stream().filter(i -> visibleProceedings.contains(i.proceedingId()))
                .filter(i -> i.personId() == null || visiblePersons.contains(i.personId())).limit(LIMIT).toList();
        audit.record(AuditEvent.allowed("LINKS_SEARCH", "link_identifier", null).by(user.username())
                .with(byName.size() + " persons by name, " + shown.size() + " identifiers"));
        return new SearchResult(byName, shown);
    }
}
