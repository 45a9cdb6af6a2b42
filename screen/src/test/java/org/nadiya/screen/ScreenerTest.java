package org.nadiya.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScreenerTest {

    private final Screener screener = Screener.withoutCardKey(ScreenRules.defaults());

    private static List<String> codes(Screening s) {
        return s.indicators().stream().map(IndicatorHit::code).toList();
    }

    @Test
    void aClassicLureIsHighRiskAndEveryIndicatorPointsIntoTheOriginal() {
        var ad = new Ad("a1", "ТЕРМІНОВО! Дівчата 18-25 з приємною зовнішністю, робота хостес у Дубаї. Без досвіду, "
                + "квитки за наш рахунок, з/п від 5000 $. Фото в повний зріст скиньте в телеграм @dubai_hostess_job",
                null, null, null, null, null, null);
        Screening s = screener.screen(ad);
        assertThat(s.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(s.risk()).isGreaterThan(0.7);
        assertThat(codes(s)).contains("URGENT_DEPARTURE", "YOUNG_WOMEN_APPEARANCE", "ADULT_ADJACENT_WORK", "WORK_ABROAD",
                "NO_EXPERIENCE_REQUIRED", "TRAVEL_VISA_HOUSING_PAID", "SALARY_FAR_ABOVE_MARKET", "NO_EMPLOYER_IDENTITY");
        for (IndicatorHit hit : s.indicators()) {
            if (hit.start() >= 0) {
                assertThat(s.document().substring(hit.start(), hit.end())).isEqualTo(hit.evidence());
            }
        }
        assertThat(s.indicators()).filteredOn(h -> h.code().equals("URGENT_DEPARTURE"))
                .extracting(IndicatorHit::evidence).containsExactly("ТЕРМІНОВО");
        assertThat(s.indicators()).filteredOn(h -> h.code().equals("SALARY_FAR_ABOVE_MARKET"))
                .extracting(IndicatorHit::evidence).containsExactly("5000 $");
        assertThat(s.selectors()).extracting(Selector::type, Selector::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("telegram", "dubai_hostess_job"));
        assertThat(s.language()).isEqualTo(Language.UK);
        assertThat(s.rulesVersion()).isEqualTo(ScreenRules.defaults().version());
    }

    @Test
    void aProperSeasonalJobIsLowRiskThoughItIsAbroadWithHousing() {
        var ad = new Ad("o1", "Збір полуниці в Польщі, червень-серпень. Офіційне працевлаштування, umowa o pracę, "
                + "договір українською. Оплата 28 zł/год. Проживання в будиночках. KRS 0000123456.",
                "Сезонна робота", "Agro Example Sp. z o.o.", "Польща", null, "jobs@example.org", null);
        Screening s = screener.screen(ad);
        assertThat(s.level()).isEqualTo(RiskLevel.LOW);
        assertThat(codes(s)).contains("WORK_ABROAD", "WRITTEN_CONTRACT", "REGISTERED_EMPLOYER").doesNotContain("NO_EMPLOYER_IDENTITY");
        assertThat(s.selectors()).extracting(Selector::type).containsExactly("email");
    }

    @Test
    void homoglyphObfuscationIsRepairedAndReported() {
        Screening s = screener.screen(Ad.of("h1", "Рaбoта для девушек в Турции, oплата наличными, пишите в телеграм"));
        assertThat(codes(s)).contains("MIXED_SCRIPT_OBFUSCATION", "WORK_ABROAD", "CASH_ONLY_PAYMENT", "MESSENGER_ONLY_CONTACT");
        assertThat(s.indicators()).filteredOn(h -> h.code().equals("MIXED_SCRIPT_OBFUSCATION"))
                .extracting(IndicatorHit::evidence).containsExactly("Рaбoта");
        assertThat(s.language()).isEqualTo(Language.RU);
    }

    @Test
    void selectorsAreNormalisedThroughTheMatchEngine() {
        Screening s = screener.screen(new Ad("s1", "Viber +1 202 555 0143, пишіть на RECRUIT.Example@Example.org або t.me/Work_Example_Bot. "
                + "Сайт https://jobs.example.org/apply?x=1. Оплата документів на картку 4111 1111 1111 1111 або IBAN "
                + "GB82 WEST 1234 5698 7654 32, BTC 1BoatSLRHtKNngkdXEeobR76b53LETtpyT. Номер 12345 не телефон.",
                null, null, null, null, "whatsapp: +1 202 555 0144", null));
        assertThat(s.selectors()).extracting(Selector::type, Selector::value).contains(
                org.assertj.core.groups.Tuple.tuple("phone", "+12025550143"),
                org.assertj.core.groups.Tuple.tuple("viber", "+12025550143"),
                org.assertj.core.groups.Tuple.tuple("whatsapp", "+12025550144"),
                org.assertj.core.groups.Tuple.tuple("email", "recruit.example@example.org"),
                org.assertj.core.groups.Tuple.tuple("telegram", "work_example_bot"),
                org.assertj.core.groups.Tuple.tuple("domain", "jobs.example.org"),
                org.assertj.core.groups.Tuple.tuple("card", "411111******1111"),
                org.assertj.core.groups.Tuple.tuple("iban", "GB82WEST12345698765432"),
                org.assertj.core.groups.Tuple.tuple("crypto_wallet", "btc:1BoatSLRHtKNngkdXEeobR76b53LETtpyT"));
        assertThat(s.selectors()).noneMatch(sel -> sel.value().contains("12345") && sel.type().equals("phone"));
        assertThat(s.selectors()).filteredOn(sel -> sel.type().equals("phone")).allSatisfy(sel ->
                assertThat(sel.identifier().matchKey()).startsWith("PHONE:+1202555014"));
    }

    @Test
    void riskCombinesSignsOnceEachAndMitigatingSignsLowerIt() {
        var urgent = new IndicatorHit("U", 0.5, "x", 0, 1);
        assertThat(Screener.risk(List.of(urgent, urgent))).isEqualTo(0.5);
        assertThat(Screener.risk(List.of(urgent, new IndicatorHit("V", 0.5, "y", 1, 2)))).isEqualTo(0.75);
        assertThat(Screener.risk(List.of(urgent, new IndicatorHit("C", -0.2, "z", 2, 3)))).isEqualTo(0.4);
        assertThat(Screener.risk(List.of())).isZero();
    }
}
