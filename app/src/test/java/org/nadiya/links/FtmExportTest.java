package org.nadiya.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network's FollowTheMoney export against FtM's own schema files (kept as test data): every kind of identifier,
 * held by a person, by an organisation or by nobody known, gives entities FtM accepts, with raw values and FtM's
 * own properties, nothing masked as an identifier, and the same ids in every export.
 */
@NadiyaTest
class FtmExportTest extends DemoWebTest {

    private static final FtmSchema FTM = FtmSchema.load();

    @Autowired
    JdbcClient jdbc;

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> export(MockHttpSession session, long proceeding) throws Exception {
        String json = mvc.perform(get("/api/v1/proceedings/" + proceeding + "/network/ftm").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readValue(json, List.class);
    }

    private void add(MockHttpSession session, long proceeding, String kind, String value, String owner) throws Exception {
        mvc.perform(post("/api/v1/proceedings/" + proceeding + "/identifiers").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"" + kind + "\",\"value\":\"" + value
                                + "\"" + (owner == null ? "" : "," + owner) + "}"))
                .andExpect(status().is2xxSuccessful());
    }

    @Test
    void everyKindOfIdentifierGivesEntitiesFtmAccepts() throws Exception {
        assertThat(FTM.size()).isGreaterThan(60);
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        long proceeding = jdbc.sql("""
                select min(t.proceeding_id) from team_member t join app_user u on u.id = t.user_id
                where u.username = 'prosecutor' and exists (select 1 from participation p where p.proceeding_id = t.proceeding_id)""")
                .query(Long.class).single();
        long person = jdbc.sql("select min(person_id) from participation where proceeding_id = :p").param("p", proceeding)
                .query(Long.class).single();
        String org = mvc.perform(post("/api/v1/proceedings/" + proceeding + "/organisations").session(prosecutor).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ТОВ Перевірка FtM\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long organisation = ((Number) JsonMapper.builder().build().readValue(org, Map.class).get("id")).longValue();
        String unique = String.format("%07d", System.nanoTime() % 10_000_000);
        String byPerson = "\"personId\":" + person;
        String byOrganisation = "\"organisationId\":" + organisation;
        add(prosecutor, proceeding, "phone", "+38067" + unique, null);
        add(prosecutor, proceeding, "email", "nobody" + unique + "@example.org", null);
        add(prosecutor, proceeding, "phone", "+38050" + unique, byPerson);
        add(prosecutor, proceeding, "edrpou", "14360506", null);
        add(prosecutor, proceeding, "edrpou", "00032129", byOrganisation);
        add(prosecutor, proceeding, "iban", "UA213223130000026007233566001", byOrganisation);
        add(prosecutor, proceeding, "card", "4111 1111 1111 1111", byPerson);
        add(prosecutor, proceeding, "rnokpp", "3652504575", byPerson);
        add(prosecutor, proceeding, "passport", "СН 123456", byPerson);
        add(prosecutor, proceeding, "crypto-wallet", "0x" + String.format("%040x", System.nanoTime()), null);
        add(prosecutor, proceeding, "crypto-wallet", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", byPerson);
        add(prosecutor, proceeding, "vehicle-plate", "AA1234BX", byPerson);
        add(prosecutor, proceeding, "handle", "telegram:@job_abroad_" + unique, byPerson);
        add(prosecutor, proceeding, "postal-address", "м. Київ, вул. Хрещатик, 1", byOrganisation);

        var entities = export(prosecutor, proceeding);
        assertThat(FTM.problems(entities)).isEmpty();
        String json = JsonMapper.builder().build().writeValueAsString(entities);
        assertThat(json).doesNotContain("btc:", "eth:", "telegram:", "UA:AA", "accountNumber", "4111111111111111", "3652504575");
        assertThat(entities).anySatisfy(e -> assertThat(e).containsEntry("schema", "CryptoWallet")
                .extractingByKey("properties").asString().contains("currencySymbol=[BTC]", "publicKey=[bc1q"));
        assertThat(entities).anySatisfy(e -> assertThat(e).containsEntry("schema", "UserAccount")
                .extractingByKey("properties").asString().contains("service=[telegram]", "username=[job_abroad_" + unique));
        assertThat(entities).anySatisfy(e -> assertThat(e).containsEntry("schema", "Vehicle")
                .extractingByKey("properties").asString().contains("registrationNumber=[AA1234BX]", "country=[ua]"));
        assertThat(entities).anySatisfy(e -> assertThat(e).containsEntry("schema", "LegalEntity")
                .extractingByKey("properties").asString().contains("phone=[+38067" + unique + "]"));
        assertThat(entities).anySatisfy(e -> assertThat(e).containsEntry("schema", "LegalEntity")
                .extractingByKey("properties").asString().contains("email=[nobody" + unique + "@example.org]"));
        assertThat(entities).anySatisfy(e -> assertThat(e).containsEntry("schema", "Company")
                .extractingByKey("properties").asString().contains("name=[14360506]", "registrationNumber=[14360506]"));

        List<String> ids = entities.stream().map(e -> (String) e.get("id")).toList();
        assertThat(export(prosecutor, proceeding).stream().map(e -> (String) e.get("id")).toList()).isEqualTo(ids);
    }

    @Test
    void theValidatorRefusesWhatFtmRefuses() {
        var company = Map.<String, Object>of("id", "c", "schema", "Company",
                "properties", Map.of("registrationNumber", List.of("14360506")));
        var masked = Map.<String, Object>of("id", "b", "schema", "BankAccount",
                "properties", Map.of("accountNumber", List.of("411111******1111")));
        var dangling = Map.<String, Object>of("id", "l", "schema", "UnknownLink",
                "properties", Map.of("subject", List.of("nobody"), "object", List.of("b")));
        var prefixed = Map.<String, Object>of("id", "w", "schema", "CryptoWallet",
                "properties", Map.of("publicKey", List.of("btc:1A1zP1"), "colour", List.of("red")));
        assertThat(FTM.problems(List.of(company, masked, dangling, prefixed))).hasSize(5)
                .anySatisfy(p -> assertThat(p).contains("requires name"))
                .anySatisfy(p -> assertThat(p).contains("masked"))
                .anySatisfy(p -> assertThat(p).contains("refers to no entity"))
                .anySatisfy(p -> assertThat(p).contains("prefix"))
                .anySatisfy(p -> assertThat(p).contains("not a property of CryptoWallet"));
    }
}
