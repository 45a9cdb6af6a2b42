package org.nadiya.links;

import java.util.List;

/**
 * A proceeding's network as a graph: the proceeding, its persons (pseudonyms), its identifiers (masked where
 * sensitive) and its hits to other proceedings as closed nodes (no content; the other proceeding's id only once a
 * request was accepted).
 */
public record Network(List<Node> nodes, List<Edge> edges) {

    /**
     * {@code type}: proceeding (labelled by its ERDR number), person (pseudonym), organisation, an identifier kind in
     * lower case (phone, iban ...) or hit (no label: the page names open and closed hits in its language).
     */
    public record Node(String id, String type, String label, boolean closed) {
    }

    /**
     * {@code kind}: the person's role in the proceeding for proceeding → person ({@code victim}, {@code witness},
     * {@code victim-witness}, {@code legal-representative}), {@code organisation}, {@code holds} (owner →
     * identifier), {@code hit} (identifier → hit) or {@code name-hit} (person → hit).
     */
    public record Edge(String source, String target, String kind) {
    }
}
