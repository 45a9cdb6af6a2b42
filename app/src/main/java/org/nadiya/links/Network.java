package org.nadiya.links;

import java.util.List;

/**
 * A proceeding's network as a graph: the proceeding, its persons (pseudonyms), its identifiers (masked where
 * sensitive) and its hits to other proceedings as closed nodes (no content; the other proceeding's id only once a
 * request was accepted).
 */
public record Network(List<Node> nodes, List<Edge> edges) {

    /** {@code type}: proceeding, person, an identifier kind in lower case (phone, iban ...) or hit. */
    public record Node(String id, String type, String label, boolean closed) {
    }

    public record Edge(String source, String target) {
    }
}
