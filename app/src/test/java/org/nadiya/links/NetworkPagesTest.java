package org.nadiya.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.Proceedings;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.nadiya.victims.ProceedingPersons;
import org.springframework.beans.factory.annotation.Autowired;

/** The network view: the proceeding by its ERDR number, its persons by pseudonym, labelled edges, a legend. */
@NadiyaTest
class NetworkPagesTest extends DemoWebTest {

    @Autowired
    Links links;

    @Autowired
    Proceedings proceedings;

    @Autowired
    ProceedingPersons people;

    @Autowired
    UserAdministration users;

    CurrentUser prosecutor;
    long vinnytsia;

    @BeforeEach
    void theProsecutorsProceedingWithHits() {
        var a = users.find("prosecutor").orElseThrow();
        prosecutor = new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(),
                a.supervisor());
        vinnytsia = links.notices(prosecutor).stream().filter(n -> n.type() == HitNotice.Type.ACCESS_REQUESTED)
                .map(HitNotice::proceedingId).findFirst().orElseThrow();
    }

    @Test
    void theGraphNamesTheProceedingByErdrDrawsEveryPersonAndLabelsEdgesButShowsNoInternalId() {
        var network = links.network(prosecutor, vinnytsia);
        String erdr = proceedings.teamProceedings(prosecutor).get(vinnytsia);
        assertThat(network.nodes().get(0).label()).isEqualTo(erdr);
        var persons = people.seenBy(prosecutor, vinnytsia);
        assertThat(persons).isNotEmpty();
        for (var p : persons) {
            assertThat(network.nodes()).anySatisfy(n -> {
                assertThat(n.type()).isEqualTo("person");
                assertThat(n.label()).isEqualTo(p.pseudonym());
            });
        }
        assertThat(network.edges()).extracting(Network.Edge::kind).contains("victim", "holds", "hit");
        assertThat(network.edges()).allSatisfy(e -> assertThat(e.kind()).isNotBlank());
        assertThat(network.nodes()).filteredOn(n -> n.type().equals("hit")).isNotEmpty()
                .allSatisfy(n -> assertThat(n.label()).isEmpty());
        assertThat(network.nodes()).noneSatisfy(n -> assertThat(n.label()).matches("#?\\d{1,6}"));
    }

    @Test
    void thePageHasALegendEdgeLabelsInTheReadersLanguageAndCollapseControls() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        mvc.perform(get("/proceedings/" + vinnytsia + "/network").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Умовні позначення")))
                .andExpect(content().string(containsString("Провадження (номер ЄРДР)")))
                .andExpect(content().string(containsString("data-kind-victim=\"потерпілий\"")))
                .andExpect(content().string(containsString("data-hit-closed=\"Збіг (закрито)\"")))
                .andExpect(content().string(containsString("id=\"network-nodes\"")))
                .andExpect(content().string(containsString("id=\"network-edge-labels\"")))
                .andExpect(content().string(not(containsString("Legend"))));
        mvc.perform(get("/proceedings/" + vinnytsia + "/network").session(session).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Legend")))
                .andExpect(content().string(containsString("data-kind-victim=\"victim\"")));
    }

    @Test
    void anotherTeamsNetworkIsNotFound() throws Exception {
        var a = users.find("admin").orElseThrow();
        var admin = new CurrentUser(a.id(), "admin", "A", a.roles(), a.agencyCode(), a.regionCode(), false);
        long notOurs = proceedings.search(admin, new ProceedingFilter(null, null, null, null, null, null, null, null,
                "12025050000001010", 0, 1)).rows().get(0).id();
        var session = SignIn.demo(mvc, "prosecutor");
        mvc.perform(get("/proceedings/" + notOurs + "/network").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/proceedings/" + notOurs + "/network").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/proceedings/x1/network").session(session)).andExpect(status().isBadRequest());
    }
}
