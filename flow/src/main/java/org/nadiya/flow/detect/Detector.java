package org.nadiya.flow.detect;

import java.util.List;

import org.nadiya.flow.TransactionGraph;

/** Finds one typology in a graph; alerts come back without ids ({@link Analysis} numbers them). */
public interface Detector {

    Typology typology();

    List<Alert> detect(TransactionGraph graph, Rules rules);
}
