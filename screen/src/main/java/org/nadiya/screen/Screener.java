package org.nadiya.screen;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.nadiya.match.identifiers.Identifiers;

/**
 * Screens recruitment ads for trafficking-risk indicators (docs/screen.md). Thread-safe; one instance per rules.
 *
 * <p>Risk: each indicator found counts once, by its weight w, and they combine as independent signs
 * ("noisy or"): risk = 1 − Π(1 − w) over the risky ones, then × Π(1 + w) over the mitigating ones (w &lt; 0).
 * So no single sign makes an ad high risk unless its weight says so, and a written contract or a registered
 * employer lowers the risk without hiding the signs.
 */
public final class Screener {

    /** At most this many evidence spans per indicator: enough to show, few enough to read. */
    static final int EVIDENCE_PER_INDICATOR = 3;
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?<![\\p{L}])(?:тов|тзов|фоп|пп|ооо|ип|llc|ltd|gmbh|inc|s\\.?r\\.?o|sp\\. ?z ?o\\.? ?o|b\\.v|s\\.?a\\.?s?)(?![\\p{L}])"
                    + "|єдрпоу|едрпоу|edrpou|nip|krs|regon");

    private final ScreenRules rules;
    private final SelectorExtractor selectors;
    private final RuleScanner scanner;

    /** @param identifiers normalises selectors; its card key decides the card hashes (use the installation's) */
    public Screener(ScreenRules rules, Identifiers identifiers) {
        this.rules = rules;
        this.selectors = new SelectorExtractor(identifiers);
        this.scanner = new RuleScanner(rules.indicators());
    }

    /** Screens with a random card key: card selectors are shown masked and cannot be linked by hash. */
    public static Screener withoutCardKey(ScreenRules rules) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Screener(rules, new Identifiers(key));
    }

    public ScreenRules rules() {
        return rules;
    }

    public Screening screen(Ad ad) {
        String document = ad.document();
        var text = new FoldedText(document);
        List<IndicatorHit> hits = new ArrayList<>();
        List<int[]>[] spans = scanner.scan(text.folded, EVIDENCE_PER_INDICATOR);
        for (int r = 0; r < spans.length; r++) {
            if (spans[r] != null) {
                IndicatorRule rule = rules.indicators().get(r);
                for (int[] span : spans[r]) {
                    hits.add(hit(rule.code(), rule.weight(), text, span[0], span[1]));
                }
            }
        }
        salary(text, hits);
        if (text.repairedWords > 0) {
            hits.add(mixedScriptEvidence(text));
        }
        if (!ad.namesCompany() && !LEGAL_FORM.matcher(text.folded).find()) {
            hits.add(new IndicatorHit(rules.noEmployer().code(), rules.noEmployer().weight(), "", -1, -1));
        }
        double risk = risk(hits);
        RiskLevel level = risk >= rules.highFrom() ? RiskLevel.HIGH : risk >= rules.mediumFrom() ? RiskLevel.MEDIUM : RiskLevel.LOW;
        return new Screening(ad.id(), risk, level, Language.detect(text.folded), List.copyOf(hits),
                selectors.extract(text.repaired), rules.version(), document);
    }

    private void salary(FoldedText text, List<IndicatorHit> hits) {
        ScreenRules.Salary s = rules.salary();
        boolean abroad = hits.stream().anyMatch(h -> s.abroadCodes().contains(h.code()));
        double limit = abroad ? s.abroadHighEur() : s.domesticHighEur();
        Money highest = null;
        double highestEur = 0;
        for (Money money : Money.find(text.folded, s.periodsPerMonth())) {
            double eur = money.perMonth() * s.eurPerUnit().getOrDefault(money.currency(), 0.0);
            if (eur > highestEur) {
                highestEur = eur;
                highest = money;
            }
        }
        if (highest != null && highestEur > limit) {
            hits.add(hit(s.code(), s.weight(), text, highest.start(), highest.end()));
        }
    }

    private IndicatorHit mixedScriptEvidence(FoldedText text) {
        for (int i = 0; i < text.original.length(); i++) {
            if (text.original.charAt(i) != text.repaired.charAt(i)) {
                int start = i;
                int end = i;
                while (start > 0 && Character.isLetter(text.original.charAt(start - 1))) {
                    start--;
                }
                while (end < text.original.length() && Character.isLetter(text.original.charAt(end))) {
                    end++;
                }
                return new IndicatorHit(rules.mixedScript().code(), rules.mixedScript().weight(),
                        text.original.substring(start, end), start, end);
            }
        }
        throw new IllegalStateException("a repaired word was counted but none differs");
    }

    private static IndicatorHit hit(String code, double weight, FoldedText text, int foldedStart, int foldedEnd) {
        int start = text.originalStart(foldedStart);
        int end = text.originalEnd(foldedEnd);
        return new IndicatorHit(code, weight, text.original.substring(start, end), start, end);
    }

    static double risk(List<IndicatorHit> hits) {
        double none = 1;
        double kept = 1;
        List<String> counted = new ArrayList<>();
        for (IndicatorHit hit : hits) {
            if (counted.contains(hit.code())) {
                continue;
            }
            counted.add(hit.code());
            if (hit.weight() >= 0) {
                none *= 1 - hit.weight();
            } else {
                kept *= 1 + hit.weight();
            }
        }
        return (1 - none) * kept;
    }
}
