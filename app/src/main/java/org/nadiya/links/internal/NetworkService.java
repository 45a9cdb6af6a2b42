package org.nadiya.links.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.Proceedings;
import org.nadiya.links.Hit;
import org.nadiya.links.LinkedIdentifier;
import org.nadiya.links.Links;
import org.nadiya.links.Network;
import org.nadiya.links.Organisation;
import org.nadiya.security.CurrentUser;
import org.nadiya.victims.ProceedingPersons;
import org.springframework.stereotype.Service;

/** Builds the graph of a proceeding and its FollowTheMoney-style export from what its team may see. */
@Service
class NetworkService {

    private final IdentifierStore store;
    private final AuditLog audit;
    private final Proceedings proceedings;
    private final ProceedingPersons people;

    NetworkService(IdentifierStore store, AuditLog audit, Proceedings proceedings, ProceedingPersons people) {
        this.store = store;
        this.audit = audit;
        this.proceedings = proceedings;
        this.people = people;
    }

    /**
     * @param identifiers the visible identifiers of the proceeding (read first: the proceeding is visible); @param hits
     * its hits, as the team sees them; @param organisations its organisations. The proceeding is labelled by its ERDR
     * number and its persons the user may know of are drawn even when they hold no identifier.
     */
    Network network(CurrentUser user, long proceedingId, List<LinkedIdentifier> identifiers, List<Hit> hits,
                    List<Organisation> organisations) {
        String erdrNumber = proceedings.open(user, proceedingId).erdrNumber();
        var persons = people.seenBy(user, proceedingId);
        var nodes = new LinkedHashMap<String, Network.Node>();
        var edges = new ArrayList<Network.Edge>();
        String root = "p" + proceedingId;
        nodes.put(root, new Network.Node(root, "proceeding", erdrNumber, false));
        for (var p : persons) {
            String node = "person" + p.personId();
            nodes.put(node, new Network.Node(node, "person", p.pseudonym(), false));
            edges.add(new Network.Edge(root, node, p.role().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        for (var o : organisations) {
            String node = "org" + o.id();
            nodes.put(node, new Network.Node(node, "organisation", o.name(), false));
            edges.add(new Network.Edge(root, node, "organisation"));
        }
        Map<String, String> nodeOfDisplay = new LinkedHashMap<>();
        for (var i : identifiers) {
            String owner = root;
            if (i.organisationId() != null && nodes.containsKey("org" + i.organisationId())) {
                owner = "org" + i.organisationId();
            } else if (i.personId() != null && i.personPseudonym() != null) {
                owner = "person" + i.personId();
                if (nodes.putIfAbsent(owner, new Network.Node(owner, "person", i.personPseudonym(), false)) == null) {
                    edges.add(new Network.Edge(root, owner, "person"));
                }
            }
            String key = i.kind() + ":" + i.display();
            String node = nodeOfDisplay.computeIfAbsent(key, k -> "i" + i.id());
            nodes.putIfAbsent(node, new Network.Node(node, i.kind().name().toLowerCase(Locale.ROOT), i.display(), false));
            edges.add(new Network.Edge(owner, node, "holds"));
        }
        for (Hit h : hits) {
            String node = "h" + h.id();
            nodes.put(node, new Network.Node(node, "hit", "", h.otherProceedingId() == null));
            if (h.ownPersonId() != null) {
                String person = "person" + h.ownPersonId();
                if (nodes.putIfAbsent(person, new Network.Node(person, "person", h.ownIdentifiers().get(0), false)) == null) {
                    edges.add(new Network.Edge(root, person, "person"));
                }
                edges.add(new Network.Edge(person, node, "name-hit"));
                continue;
            }
            for (String display : h.ownIdentifiers()) {
                String from = nodeOfDisplay.get(h.kind() + ":" + display);
                edges.add(new Network.Edge(from == null ? root : from, node, "hit"));
            }
        }
        audit.record(AuditEvent.allowed("NETWORK_VIEWED", "proceeding", proceedingId).by(user.username())
                .with(nodes.size() + " nodes"));
        return new Network(List.copyOf(nodes.values()), edges.stream().distinct().toList());
    }

    List<Map<String, Object>> entities(CurrentUser user, long proceedingId, List<LinkedIdentifier> identifiers,
                                       List<Organisation> organisations) {
        var entities = new LinkedHashMap<String, Map<String, Object>>();
        for (var o : organisations) {
            String id = FtmMapping.ORGANISATION + o.id();
            entities.put(id, entity(id, "Organization", Map.of("name", List.of(o.name()))));
        }
        for (var i : identifiers) {
            String holder = null;
            if (i.organisationId() != null && entities.containsKey(FtmMapping.ORGANISATION + i.organisationId())) {
                holder = FtmMapping.ORGANISATION + i.organisationId();
            } else if (i.personId() != null) {
                holder = "nadiya-person-" + i.personId();
                entities.computeIfAbsent(holder, id -> entity(id, "Person", Map.of("name",
                        List.of(i.personPseudonym() == null ? "#" + i.personId() : i.personPseudonym()))));
            }
            FtmMapping.add(entities, i, holder);
        }
        audit.record(AuditEvent.allowed("NETWORK_EXPORTED", "proceeding", proceedingId).by(user.username())
                .with(entities.size() + " entities, FollowTheMoney JSON"));
        return List.copyOf(entities.values());
    }

    static Map<String, Object> entity(String id, String schema, Map<String, List<String>> properties) {
        var e = new LinkedHashMap<String, Object>();
        e.put("id", id);
        e.put("schema", schema);
        e.put("properties", new LinkedHashMap<>(properties));
        return e;
    }
}
