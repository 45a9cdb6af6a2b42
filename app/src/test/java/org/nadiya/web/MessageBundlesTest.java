package org.nadiya.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.nadiya.audit.Outcome;
import org.nadiya.security.Agency;
import org.nadiya.security.Role;

/** Ukrainian and English bundles carry the same keys, and every key a template or enum needs exists. */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    private final Properties uk = load("/messages.properties");
    private final Properties en = load("/messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(missing(uk, en)).as("keys in messages.properties (uk) missing from messages_en.properties").isEmpty();
        assertThat(missing(en, uk)).as("keys in messages_en.properties missing from messages.properties (uk)").isEmpty();
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                var matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used.stream().filter(k -> !uk.containsKey(k))).as("template keys missing from the bundles").isEmpty();
    }

    @Test
    void everyKeyBuiltFromAnEnumExists() {
        Set<String> needed = new TreeSet<>();
        for (Role role : Role.values()) {
            needed.add("role." + role);
            needed.add("home.role." + role);
        }
        Agency.KINDS.forEach(kind -> needed.add("agency.kind." + kind));
        for (Outcome outcome : Outcome.values()) {
            needed.add("audit.outcome." + outcome);
        }
        addAll(needed, "stage.", org.nadiya.cases.Stage.values());
        addAll(needed, "body.", org.nadiya.cases.InvestigativeBody.values());
        addAll(needed, "teamRole.", org.nadiya.cases.TeamRole.values());
        addAll(needed, "seriousness.", org.nadiya.cases.Seriousness.values());
        addAll(needed, "grantor.", org.nadiya.cases.DeadlineExtension.Grantor.values());
        addAll(needed, "period.", org.nadiya.cases.ExcludedPeriod.Kind.values());
        addAll(needed, "warning.", org.nadiya.cases.PretrialDeadline.Warning.values());
        addAll(needed, "exploitation.", org.nadiya.cases.ExploitationForm.values());
        addAll(needed, "partnerKind.", org.nadiya.referrals.PartnerKind.values());
        addAll(needed, "personKind.", org.nadiya.victims.PersonKind.values());
        addAll(needed, "sex.", org.nadiya.victims.Sex.values());
        addAll(needed, "ageGroup.", org.nadiya.victims.AgeGroup.values());
        addAll(needed, "consentScope.", org.nadiya.victims.ConsentScope.values());
        addAll(needed, "recipientKind.", org.nadiya.victims.Recipient.Kind.values());
        addAll(needed, "serviceType.", org.nadiya.victims.ServiceType.values());
        addAll(needed, "identifierKind.", org.nadiya.match.identifiers.IdentifierKind.values());
        addAll(needed, "identifierSource.", org.nadiya.links.IdentifierSource.values());
        addAll(needed, "accessState.", org.nadiya.links.AccessState.values());
        addAll(needed, "interviewPurpose.", org.nadiya.victims.InterviewPurpose.values());
        addAll(needed, "interviewStatus.", org.nadiya.victims.InterviewStatus.values());
        addAll(needed, "interviewWarning.", org.nadiya.victims.InterviewWarning.values());
        addAll(needed, "riskLevel.", org.nadiya.victims.RiskLevel.values());
        addAll(needed, "statusDecision.", org.nadiya.victims.StatusDecision.values());
        addAll(needed, "statusWarning.", org.nadiya.victims.StatusWarning.values());
        addAll(needed, "referralStatus.", org.nadiya.referrals.ReferralStatus.values());
        addAll(needed, "declineReason.", org.nadiya.referrals.DeclineReason.values());
        addAll(needed, "referralOutcome.", org.nadiya.referrals.ReferralOutcome.values());
        addAll(needed, "priority.", org.nadiya.referrals.Priority.values());
        addAll(needed, "needStatus.", org.nadiya.referrals.NeedStatus.values());
        addAll(needed, "setting.", org.nadiya.identification.Setting.values());
        addAll(needed, "ageBand.", org.nadiya.identification.indicators.AgeBand.values());
        addAll(needed, "signal.", org.nadiya.identification.indicators.Signal.values());
        addAll(needed, "weight.", org.nadiya.identification.indicators.Weight.values());
        addAll(needed, "answer.", org.nadiya.identification.indicators.Answer.values());
        addAll(needed, "direction.", org.nadiya.cooperation.Direction.values());
        addAll(needed, "requestKind.", org.nadiya.cooperation.RequestKind.values());
        addAll(needed, "requestStatus.", org.nadiya.cooperation.RequestStatus.values());
        addAll(needed, "translation.", org.nadiya.cooperation.Translation.values());
        addAll(needed, "eventKind.", org.nadiya.training.EventKind.values());
        addAll(needed, "eventFormat.", org.nadiya.training.EventFormat.values());
        addAll(needed, "level.", org.nadiya.training.Level.values());
        addAll(needed, "officialRole.", org.nadiya.training.OfficialRole.values());
        for (String section : new String[] {"agency", "region", "role", "level"}) {
            needed.add("training.by." + section);
        }
        for (String kind : new String[] {"stage", "team", "extension", "period", "task", "evidence", "custody", "note", "hearing", "qualification"}) {
            needed.add("timeline." + kind);
        }
        assertThat(needed.stream().filter(k -> !uk.containsKey(k))).isEmpty();
    }

    private static void addAll(Set<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            keys.add(prefix + value.name());
        }
    }

    private static Set<String> missing(Properties from, Properties in) {
        Set<String> keys = new TreeSet<>(from.stringPropertyNames());
        keys.removeAll(in.stringPropertyNames());
        return keys;
    }

    private static Properties load(String resource) {
        var properties = new Properties();
        try (var in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
