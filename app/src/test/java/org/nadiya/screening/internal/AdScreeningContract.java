package org.nadiya.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.LegalQualification;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.cases.Proceedings;
import org.nadiya.links.IdentifierSource;
import org.nadiya.links.LinkedIdentifier;
import org.nadiya.links.Links;
import org.nadiya.links.NewIdentifier;
import org.nadiya.screen.ScreenRules;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NewUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.Eventually;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Stored batches and ads on every database: upload all-or-nothing with numbered bad lines, background screening to
 * the end with the rules version and hash on every result, ad text and selectors never in clear, hit/no-hit on
 * proceedings' identifiers, attaching under need-to-know with the identifiers handed to links.
 */
abstract class AdScreeningContract {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100 + 29);

    @Autowired
    AdScreeningService service;

    @Autowired
    Proceedings proceedings;

    @Autowired
    Links links;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    CurrentUser operative;
    CurrentUser prosecutorA;
    CurrentUser prosecutorB;
    CurrentUser coordinator;
    long a;
    long b;
    /** A unique Ukrainian mobile number per test, so other tests' identifiers do not interfere. */
    String phone;

    @BeforeEach
    void teams() {
        operative = user(Role.OPERATIVE, "NPU", "UA-46");
        prosecutorA = user(Role.PROSECUTOR, "PROSECUTOR", "UA-46");
        prosecutorB = user(Role.PROSECUTOR, "PROSECUTOR", "UA-12");
        coordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA-46");
        a = proceeding(prosecutorA, "UA-46");
        proceedings.addMember(prosecutorA, a, operative.username(), org.nadiya.cases.TeamRole.OPERATIVE);
        b = proceeding(prosecutorB, "UA-12");
        phone = String.format("+38093%07d", SEQ.incrementAndGet() % 10_000_000);
    }

    private String jsonl() {
        return """
                {"id":"ad-1","text":"Звичайна вакансія бухгалтера у Львові, офіційне працевлаштування, ТОВ Приклад, 22 000 грн."}
                {"id":"ad-2","text":"ТЕРМІНОВО! Дівчата 18-25, робота хостес у Дубаї. Без досвіду, квитки за наш рахунок. Пишіть тільки у вайбер %s"}

                {"id":"ad-3","title":"Робота в Польщі","text":"Робота для всіх, без знання мови, житло безкоштовне, виїзд завтра."}
                """.formatted(phone);
    }

    private AdStore.BatchRow finished(long id) {
        return Eventually.value(() -> service.batch(operative, id), batch -> !batch.running());
    }

    @Test
    void aBatchIsStoredWholeScreenedInTheBackgroundWithTheRulesVersionAndSortedByRisk() {
        long id = service.upload(operative, "OLX, робота за кордоном, 2026-11-20", "ads.jsonl",
                jsonl().getBytes(StandardCharsets.UTF_8), "auto", false);
        var batch = finished(id);
        assertThat(batch.status()).isEqualTo("DONE");
        assertThat(batch.total()).isEqualTo(3);
        assertThat(batch.screened()).isEqualTo(3);
        assertThat(batch.high() + batch.medium() + batch.low()).isEqualTo(3);
        assertThat(batch.high()).isGreaterThanOrEqualTo(1);
        assertThat(batch.rulesVersion()).isEqualTo(ScreenRules.defaults().version());
        assertThat(batch.rulesSha256()).matches("[0-9a-f]{64}");
        assertThat(batch.uploadedBy()).isEqualTo(operative.username());

        var ads = service.ads(operative, id, null, "risk");
        assertThat(ads).extracting(AdViews.AdSummary::ref).hasSize(3).startsWith("ad-2").endsWith("ad-1");
        assertThat(ads).extracting(AdViews.AdSummary::risk).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(service.ads(operative, id, "low", "line")).extracting(AdViews.AdSummary::ref).contains("ad-1")
                .doesNotContain("ad-2");
        assertThat(jdbc.sql("select count(*) from screened_ad where batch_id = :b and (rules_version <> :v or rules_sha256 <> :s)")
                .param("b", id).param("v", batch.rulesVersion()).param("s", batch.rulesSha256()).query(Long.class).single())
                .as("every result keeps the rules version and hash").isZero();

        long lure = ads.get(0).id();
        var detail = service.ad(operative, lure);
        assertThat(detail.indicators()).extracting(org.nadiya.screen.IndicatorHit::code).contains("URGENT_DEPARTURE");
        assertThat(detail.pieces()).anyMatch(p -> p.marked() && p.text().equals("ТЕРМІНОВО"));
        assertThat(detail.selectors()).extracting(AdViews.SelectorView::value).contains(phone);
        assertThat(audit.find(new AuditQuery(operative.username(), "AD_READ", "screened_ad", String.valueOf(lure), null, null, null, 0, 50)).stream()
                .anyMatch(e -> String.valueOf(lure).equals(e.entityId()) && e.actor().equals(operative.username()))).isTrue();
    }

    @Test
    void theAdTextAndItsSelectorsAreNeverStoredInClear() {
        long id = service.upload(operative, "Telegram-канал", null, jsonl().getBytes(StandardCharsets.UTF_8), "jsonl", false);
        finished(id);
        var rows = jdbc.sql("""
                select a.ad_enc || '|' || coalesce(s.value_enc, '') || '|' || coalesce(s.identifier_enc, '') || '|'
                    || coalesce(s.selector_hash, '')
                from screened_ad a left join screened_ad_selector s on s.ad_id = a.id where a.batch_id = :b
                """).param("b", id).query(String.class).list();
        assertThat(rows).isNotEmpty().allMatch(r -> r.startsWith("v1:"))
                .noneMatch(r -> r.contains("ТЕРМІНОВО") || r.contains("Дубаї") || r.contains(phone.substring(4))
                        || r.contains("бухгалтера"));
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeNamingEachLineUnlessSkipped() {
        String bad = jsonl() + "not json\n{\"id\":\"ad-9\"}\n{\"id\":\"ad-10\",\"text\":[1]}\n";
        long before = jdbc.sql("select count(*) from ad_batch").query(Long.class).single();
        assertThatThrownBy(() -> service.upload(operative, "сайт", "ads.jsonl", bad.getBytes(StandardCharsets.UTF_8),
                "auto", false)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).contains("3 bad lines, nothing stored", "line 5: not a JSON object",
                            "line 6: text: required", "line 7: text: a string is required");
                });
        assertThat(jdbc.sql("select count(*) from ad_batch").query(Long.class).single()).isEqualTo(before);

        long id = service.upload(operative, "сайт", "ads.jsonl", bad.getBytes(StandardCharsets.UTF_8), "auto", true);
        var batch = finished(id);
        assertThat(batch.total()).isEqualTo(3);
        assertThat(batch.badLines()).isEqualTo(3);
        assertThat(batch.badReport()).contains("line 6: text: required");

        String csv = "id,text,company\nc-1,\"Пакувальник на склад, Польща\",\"Sp. z o.o. Przykład\"\nc-2,Робота,extra,column\n";
        assertThatThrownBy(() -> service.upload(operative, "сайт", "ads.csv", csv.getBytes(StandardCharsets.UTF_8),
                "auto", false)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).contains("line 3: has 4 fields, the header has 3"));
        assertThatThrownBy(() -> service.upload(operative, "сайт", "ads.csv", "id,body\n1,x\n".getBytes(StandardCharsets.UTF_8),
                "auto", false)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).contains("id and text"));
        assertThatThrownBy(() -> service.upload(operative, " ", "ads.jsonl", jsonl().getBytes(StandardCharsets.UTF_8),
                "auto", false)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("source"));
    }

    @Test
    void selectorsHitProceedingsByHitNoHitAndAttachingHandsTheIdentifiersToLinks() {
        links.add(prosecutorB, b, new NewIdentifier("phone", phone, null), IdentifierSource.MANUAL);
        long id = service.upload(operative, "OLX", null, jsonl().getBytes(StandardCharsets.UTF_8), "jsonl", false);
        finished(id);
        long lure = service.adAt(id, 2).orElseThrow();

        // the operative does not see B: a hit, a count and B's contacts, not B's id
        var selector = service.ad(operative, lure).selectors().stream().filter(s -> s.value().equals(phone)).findFirst()
                .orElseThrow();
        assertThat(selector.hits().visibleProceedingIds()).isEmpty();
        assertThat(selector.hits().closedProceedings()).isEqualTo(1);
        assertThat(selector.hits().closedContacts()).extracting(org.nadiya.links.HitContact::displayName)
                .containsExactly(prosecutorB.displayName());
        // B's prosecutor sees the proceeding itself
        assertThat(service.ad(prosecutorB, lure).selectors().stream().filter(s -> s.value().equals(phone)).findFirst()
                .orElseThrow().hits().visibleProceedingIds()).containsExactly(b);
        assertThat(service.ads(operative, id, null, null)).filteredOn(s -> s.id() == lure).singleElement()
                .satisfies(s -> assertThat(s.closedHits()).isEqualTo(1));

        // attaching: not to B (not on its team: 404, audited), to A yes; links then holds the phone on A and finds B
        assertThatThrownBy(() -> service.attach(operative, lure, b, null)).isInstanceOf(NotVisibleException.class);
        service.attach(operative, lure, a, "той самий вайбер");
        assertThatThrownBy(() -> service.attach(operative, lure, a, null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("proceedingId"));
        var stored = Eventually.value(() -> links.identifiers(prosecutorA, a), l -> !l.isEmpty());
        assertThat(stored).extracting(LinkedIdentifier::display).contains(phone);
        assertThat(stored).extracting(LinkedIdentifier::source).containsOnly(IdentifierSource.AD);
        assertThat(Eventually.value(() -> links.hits(prosecutorA, a), h -> !h.isEmpty())).hasSize(1);
        assertThat(service.attachedTo(prosecutorA, a)).extracting(AdViews.AttachedAd::adId).containsExactly(lure);
        assertThatThrownBy(() -> service.attachedTo(prosecutorB, a)).isInstanceOf(NotVisibleException.class);
        assertThat(service.ad(operative, lure).attachments()).extracting(AdViews.AttachmentView::proceedingId)
                .containsExactly(a);
        assertThat(service.ad(prosecutorB, lure).attachments()).as("B's prosecutor does not learn of A").isEmpty();
    }

    @Test
    void onlyScreeningRolesScreen() {
        assertThatThrownBy(() -> service.batches(coordinator)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.upload(coordinator, "x", null, jsonl().getBytes(StandardCharsets.UTF_8),
                "jsonl", false)).isInstanceOf(AccessDeniedException.class);
        var researcher = user(Role.RESEARCHER, "RESEARCH", "UA");
        assertThatThrownBy(() -> service.attachedTo(researcher, a)).isInstanceOf(NotVisibleException.class);
    }

    long proceeding(CurrentUser by, String region) {
        return proceedings.register(by, new ProceedingDraft(String.format("%017d", SEQ.incrementAndGet()),
                LocalDate.now(ZoneId.of("Europe/Kyiv")).minusDays(10), region, "Вербування через оголошення (тест)",
                List.of(new LegalQualification("149", 2)), false, false, Set.of(), Set.of(ExploitationForm.FORCED_LABOUR),
                InvestigativeBody.NPU, null));
    }

    CurrentUser user(Role role, String agency, String region) {
        String name = "s" + SEQ.incrementAndGet();
        users.create(new NewUser(name, "Тест " + role + " " + name, null, Set.of(role), agency, region, false));
        var u = users.find(name).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.agencyCode(), u.regionCode(), false);
    }
}
