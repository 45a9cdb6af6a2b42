package org.nadiya.referrals;

import org.nadiya.victims.ServiceType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.Role;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;

@NadiyaTest
class PartnerDirectoryTest extends DemoWebTest {

    @Autowired
    PartnerDirectory directory;

    private final CurrentUser coordinator = new CurrentUser(0, "coord-test", "C", Set.of(Role.COORDINATOR),
            "COORDINATION_CENTRE", "UA-05", false);

    @Test
    void findsPartnersByServiceAndRegionWithNationwideOnesEverywhere() {
        assertThat(directory.find(coordinator, ServiceType.LEGAL_AID, "UA-05")).extracting(Partner::agencyCode)
                .contains("DEMO_LEGAL_AID_VN").doesNotContain("DEMO_SHELTER_HARBOUR");
        assertThat(directory.find(coordinator, ServiceType.SHELTER, "UA-46")).extracting(Partner::agencyCode)
                .containsExactly("DEMO_SHELTER_HARBOUR");
        assertThat(directory.find(coordinator, ServiceType.RETURN_REINTEGRATION, "UA-77")).extracting(Partner::agencyCode)
                .containsExactly("IOM_UKRAINE");
        assertThat(directory.find(coordinator, null, null)).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void refusesBadEntriesNamingTheField() {
        assertThatThrownBy(() -> directory.save(coordinator, new Partner("NEW_ONE", "Нова", "New", PartnerKind.NGO, Set.of(),
                Set.of("UA-05"), Set.of(), null, null))).isInstanceOf(InvalidInputException.class).extracting("field")
                .isEqualTo("services");
        assertThatThrownBy(() -> directory.save(coordinator, new Partner("NEW_ONE", "Нова", "New", PartnerKind.NGO,
                Set.of(ServiceType.MEDICAL), Set.of("UA-99"), Set.of(), null, null))).extracting("field").isEqualTo("regions");
        assertThatThrownBy(() -> directory.save(coordinator, new Partner("NEW_ONE", "Нова", "New", PartnerKind.NGO,
                Set.of(ServiceType.MEDICAL), Set.of("UA-05"), Set.of("ukrainian"), null, null))).extracting("field")
                .isEqualTo("languages");
        assertThatThrownBy(() -> directory.save(coordinator, new Partner("NPU", "x", "x", PartnerKind.NGO,
                Set.of(ServiceType.MEDICAL), Set.of("UA-05"), Set.of(), null, null))).hasMessageContaining("not a partner");
        assertThatThrownBy(() -> directory.save(coordinator, new Partner("NEW_ONE", "Нова", "New", PartnerKind.NGO,
                Set.of(ServiceType.MEDICAL), Set.of("UA-05"), Set.of(), null, -1))).extracting("field").isEqualTo("capacity");
    }

    @Test
    void aPartnerKeepsOnlyItsOwnEntry() {
        var partner = new CurrentUser(0, "partner-test", "P", Set.of(Role.PARTNER), "NGO_DEMO_SVITANOK", "UA-05", false);
        var own = directory.get(partner, "NGO_DEMO_SVITANOK").orElseThrow();
        var updated = directory.save(partner, new Partner(own.agencyCode(), null, null, own.kind(), own.services(),
                own.regions(), own.languages(), own.contacts(), 3));
        assertThat(updated.capacity()).isEqualTo(3);
        assertThatThrownBy(() -> directory.get(partner, "DEMO_SHELTER_HARBOUR")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.find(partner, null, null)).isInstanceOf(AccessDeniedException.class);
        var other = directory.get(coordinator, "DEMO_CLINIC_RV").orElseThrow();
        assertThatThrownBy(() -> directory.save(partner, other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCoordinatorAddsAPartnerInTheUi() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        mvc.perform(get("/partners").session(session).param("service", "SHELTER")).andExpect(status().isOk())
                .andExpect(content().string(containsString("DEMO_SHELTER_HARBOUR")));
        mvc.perform(get("/partners/new").session(session)).andExpect(status().isOk());
        String code = "NGO_UI_" + System.nanoTime() % 100_000;
        mvc.perform(post("/partners").session(session).with(csrf()).param("isNew", "true").param("agencyCode", code)
                        .param("nameUk", "ГО Тест").param("nameEn", "NGO Test").param("kind", "NGO")
                        .param("services", "LEGAL_AID").param("regions", "UA-53").param("languages", "uk, en")
                        .param("capacity", "5"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/partners").session(session).with(csrf()).param("isNew", "true").param("agencyCode", code + "X")
                        .param("nameUk", "ГО").param("nameEn", "NGO").param("kind", "NGO").param("regions", "UA-53"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#services\"")));
        mvc.perform(get("/api/v1/partners/" + code).session(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.capacity").value(5)).andExpect(jsonPath("$.languages[0]").value("en"));
    }

    @Test
    void thePartnerUpdatesItsCapacityThroughTheApi() throws Exception {
        var session = SignIn.demo(mvc, "partner");
        mvc.perform(get("/partners/NGO_DEMO_SVITANOK").session(session)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/partners/NGO_DEMO_SVITANOK").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"NGO\",\"services\":[\"PSYCHOLOGICAL\"],\"regions\":[\"UA-05\"],\"languages\":[\"uk\"],\"capacity\":7}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.capacity").value(7));
        mvc.perform(get("/api/v1/partners/DEMO_CLINIC_RV").session(session)).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"operative", "analyst", "researcher"})
    void othersDoNotUseTheDirectory(String username) throws Exception {
        var session = SignIn.demo(mvc, username);
        mvc.perform(get("/partners").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/partners").session(session)).andExpect(status().isForbidden());
    }
}
