package org.nadiya.screening.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.Proceedings;
import org.nadiya.jobs.Jobs;
import org.nadiya.links.IdentifierSource;
import org.nadiya.links.IdentifiersFound;
import org.nadiya.links.KeyHits;
import org.nadiya.links.Links;
import org.nadiya.match.identifiers.IdentifierKind;
import org.nadiya.screen.Ad;
import org.nadiya.screen.IndicatorHit;
import org.nadiya.screen.Screener;
import org.nadiya.screen.Screening;
import org.nadiya.screen.Selector;
import org.nadiya.screening.internal.AdViews.AdDetail;
import org.nadiya.screening.internal.AdViews.AdSummary;
import org.nadiya.screening.internal.AdViews.AttachedAd;
import org.nadiya.screening.internal.AdViews.AttachmentView;
import org.nadiya.screening.internal.AdViews.SelectorView;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldEncryption;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NeedToKnow;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening workspace: batches uploaded in the command line's format are stored whole (encrypted) in one
 * transaction, then screened as a durable job ({@link BatchJobs}) in chunks, each chunk one transaction, so a page
 * can poll the progress and another instance (or a restart) resumes where it stopped. Stored results keep the rules version and the rules file's
 * SHA-256. Selectors are looked up in {@code links} (hit/no-hit); attaching an ad to a proceeding checks
 * need-to-know, is audited, and publishes {@link IdentifiersFound} so that {@code links} stores its identifiers
 * on the proceeding and finds hits with other proceedings (decision 0030).
 */
@Service
class AdScreeningService {

    static final Set<Role> SCREENERS = Set.of(Role.OPERATIVE, Role.ANALYST, Role.INVESTIGATOR, Role.PROSECUTOR);
    static final int MAX_ADS = 20_000;
    static final int CHUNK = 200;
    static final int TABLE_LIMIT = 500;
    static final String SYSTEM = "system:screening";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AdStore store;
    private final Screener screener;
    private final ScreeningConfiguration.RulesFingerprint rules;
    private final FieldEncryption encryption;
    private final Links links;
    private final Proceedings proceedings;
    private final NeedToKnow needToKnow;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecretKeySpec selectorKey;
    private final Jobs jobs;

    AdScreeningService(AdStore store, Screener screener, ScreeningConfiguration.RulesFingerprint rules,
                       FieldEncryption encryption, Links links, Proceedings proceedings, NeedToKnow needToKnow,
                       AuditLog audit, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                       Clock clock, Jobs jobs) {
        this.store = store;
        this.screener = screener;
        this.rules = rules;
        this.encryption = encryption;
        this.links = links;
        this.proceedings = proceedings;
        this.needToKnow = needToKnow;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.jobs = jobs;
        this.selectorKey = new SecretKeySpec(encryption.derivedSecret("screening-selector"), "HmacSHA256");
    }

    static boolean screens(CurrentUser user) {
        return user.roles().stream().anyMatch(SCREENERS::contains) && !user.has(Role.RESEARCHER) && !user.has(Role.PARTNER);
    }

    private static void requireScreener(CurrentUser user) {
        if (!screens(user)) {
            throw new AccessDeniedException("screening is for operatives, analysts, investigators and prosecutors");
        }
    }

    ScreeningConfiguration.RulesFingerprint rules() {
        return rules;
    }

    // ---- upload and background screening ----

    /**
     * Stores a batch whole with the job that screens it; returns its id. A file with bad lines is
     * refused with every bad line numbered (up to 20), unless {@code skipBad}: then they are skipped and listed.
     */
    long upload(CurrentUser user, String source, String fileName, byte[] content, String format, boolean skipBad) {
        return storeBatch(user, source, fileName, content, format, skipBad, true);
    }

    /** Stores a batch and screens it in the caller's thread (the demo data). */
    long uploadAndScreen(CurrentUser user, String source, String fileName, byte[] content, String format) {
        long id = storeBatch(user, source, fileName, content, format, false, false);
        screenBatch(id, text -> { });
        return id;
    }

    private long storeBatch(CurrentUser user, String source, String fileName, byte[] content, String format,
                            boolean skipBad, boolean asJob) {
        requireScreener(user);
        String src = source == null ? "" : source.strip();
        if (src.isEmpty()) {
            throw new InvalidInputException("source", "error.screening.source.required");
        }
        if (src.length() > 200) {
            throw new InvalidInputException("source", "error.training.contact.length");
        }
        if (format != null && !format.isBlank() && !Set.of("auto", "jsonl", "csv").contains(format)) {
            throw new InvalidInputException("format", "error.screening.format.choose");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "error.screening.file.choose");
        }
        String name = fileName == null || fileName.isBlank() ? null
                : fileName.substring(0, Math.min(fileName.length(), 200));
        boolean csv = AdBatchReader.isCsv(format, name);
        var read = AdBatchReader.read(content, csv, MAX_ADS, ScreeningPageController.MAX_TEXT);
        if (!read.bad().isEmpty() && !skipBad) {
            throw new InvalidInputException("file", "error.screening.file.badLines", read.bad().size(), String.join("; ", read.bad().subList(0, Math.min(20, read.bad().size()))));
        }
        if (read.ads().isEmpty()) {
            throw new InvalidInputException("file", "error.screening.file.noGood", String.join("; ",
                    read.bad().subList(0, Math.min(20, read.bad().size()))));
        }
        String report = read.bad().isEmpty() ? null : truncate(String.join("; ", read.bad()), 4000);
        long id = Objects.requireNonNull(tx.execute(s -> {
            long batch = store.insertBatch(src, name, csv ? "csv" : "jsonl", user.username(), clock.instant(),
                    rules.version(), rules.sha256(), read.ads().size(), read.bad().size(), report);
            for (var line : read.ads()) {
                storeAd(batch, line.number(), line.ad());
            }
            audit.record(AuditEvent.allowed("AD_BATCH_UPLOADED", "ad_batch", batch).by(user.username())
                    .with(read.ads().size() + " ads, " + read.bad().size() + " bad lines skipped, "
                            + (csv ? "csv" : "jsonl") + ", rules " + rules.version()));
            if (asJob) {
                jobs.submit(BatchJobs.KIND, String.valueOf(batch), user.username());
            }
            return batch;
        }));
        return id;
    }

    /** Stores a pasted ad as a batch of one, screened at once; returns the ad's id (for attaching it). */
    long savePasted(CurrentUser user, Ad ad) {
        requireScreener(user);
        long adId = Objects.requireNonNull(tx.execute(s -> {
            long batch = store.insertBatch("pasted", null, "pasted", user.username(), clock.instant(), rules.version(),
                    rules.sha256(), 1, 0, null);
            long id = storeAd(batch, 1, ad);
            screenAndStore(store.ad(id).orElseThrow());
            store.finish(batch, "DONE", null, clock.instant());
            audit.record(AuditEvent.allowed("AD_BATCH_UPLOADED", "ad_batch", batch).by(user.username())
                    .with("1 pasted ad, rules " + rules.version()));
            return id;
        }));
        return adId;
    }

    private long storeAd(long batch, int line, Ad ad) {
        String key = UUID.randomUUID().toString();
        return store.insertAd(batch, line, key, encryption.encrypt(toJson(ad), AdColumns.AD.context(key)));
    }

    /**
     * Screens what the batch still holds unscreened, a chunk per transaction, then closes it. Each chunk locks the
     * batch row first, so a second runner (an instance taken for dead that was not) waits and finds nothing left.
     */
    void screenBatch(long batchId, java.util.function.Consumer<String> progress) {
        while (true) {
            Integer done = tx.execute(s -> {
                if (!store.lockRunning(batchId)) {
                    return 0;
                }
                var rows = store.unscreened(batchId, CHUNK);
                rows.forEach(this::screenAndStore);
                if (!rows.isEmpty()) {
                    store.progress(batchId, rows.size());
                }
                return rows.size();
            });
            if (done == null || done == 0) {
                break;
            }
            store.batch(batchId).ifPresent(b -> progress.accept(b.screened() + " / " + b.total()));
        }
        tx.executeWithoutResult(s -> {
            if (!store.lockRunning(batchId)) {
                return;
            }
            store.finish(batchId, "DONE", null, clock.instant());
            var batch = store.batch(batchId).orElseThrow();
            audit.record(AuditEvent.allowed("AD_BATCH_SCREENED", "ad_batch", batchId).by(SYSTEM)
                    .with(batch.screened() + " ads: " + batch.high() + " high, " + batch.medium() + " medium, "
                            + batch.low() + " low; rules " + rules.version()));
        });
    }

    /** The batch's job failed for good: the batch closes with the reason; ads screened so far are kept. */
    void failBatch(long batchId, String reason) {
        tx.executeWithoutResult(s -> {
            if (store.lockRunning(batchId)) {
                store.finish(batchId, "FAILED", "screening stopped (" + reason + "); ads screened so far are kept",
                        clock.instant());
            }
        });
    }

    private void screenAndStore(AdStore.AdRow row) {
        Ad ad = ad(row);
        Screening result = screener.screen(ad);
        store.storeResult(row.id(), result.risk(), result.level().code(), result.language().code(),
                result.rulesVersion(), rules.sha256(), clock.instant());
        for (IndicatorHit hit : result.indicators()) {
            store.insertIndicator(row.id(), hit.code(), hit.weight(), hit.start(), hit.end());
        }
        for (Selector selector : result.selectors()) {
            String key = UUID.randomUUID().toString();
            String matchKey = selector.identifier() == null ? null : selector.identifier().matchKey();
            store.insertSelector(row.id(), key, selector.type(),
                    hash(selector.type() + ":" + (matchKey == null ? selector.value() : matchKey)),
                    encryption.encrypt(selector.value(), AdColumns.SELECTOR_VALUE.context(key)),
                    matchKey == null ? null : encryption.encrypt(identifierText(selector),
                            AdColumns.SELECTOR_IDENTIFIER.context(key)),
                    selector.start(), selector.end());
        }
    }

    // ---- reading ----

    /** The batch's ad at a line, for the demo data and tests. */
    java.util.Optional<Long> adAt(long batchId, int line) {
        return store.screenedAds(batchId, null, "line", MAX_ADS).stream().filter(a -> a.lineNo() == line)
                .map(AdStore.AdRow::id).findFirst();
    }

    List<AdStore.BatchRow> batches(CurrentUser user) {
        requireScreener(user);
        return store.batches(200);
    }

    AdStore.BatchRow batch(CurrentUser user, long id) {
        requireScreener(user);
        return store.batch(id).orElseThrow(() -> new NotVisibleException("ad_batch", id));
    }

    /** The batch's screened ads, riskiest first by default, with whether their selectors hit proceedings. */
    List<AdSummary> ads(CurrentUser user, long batchId, String level, String sort) {
        requireScreener(user);
        store.batch(batchId).orElseThrow(() -> new NotVisibleException("ad_batch", batchId));
        if (level != null && !level.isBlank() && !Set.of("high", "medium", "low").contains(level)) {
            throw new InvalidInputException("level", "error.screening.level.choose");
        }
        if (sort != null && !sort.isBlank() && !Set.of("risk", "risk-asc", "line").contains(sort)) {
            throw new InvalidInputException("sort", "error.screening.sort.choose");
        }
        var rows = store.screenedAds(batchId, level == null || level.isBlank() ? null : level,
                sort == null || sort.isBlank() ? "risk" : sort, TABLE_LIMIT);
        var ids = rows.stream().map(AdStore.AdRow::id).toList();
        Map<Long, List<String>> codes = new HashMap<>();
        store.indicators(ids).forEach(i -> codes.computeIfAbsent(i.adId(), k -> new ArrayList<>()).add(i.code()));
        Map<Long, List<String>> keys = new HashMap<>();
        Map<Long, Integer> selectorCount = new HashMap<>();
        for (var s : store.selectors(ids)) {
            selectorCount.merge(s.adId(), 1, Integer::sum);
            if (s.identifierEnc() != null) {
                keys.computeIfAbsent(s.adId(), k -> new ArrayList<>()).add(matchKey(s));
            }
        }
        var hits = lookup(user, keys.values().stream().flatMap(List::stream).toList());
        var out = new ArrayList<AdSummary>();
        for (var row : rows) {
            Ad ad = ad(row);
            int open = 0;
            int closed = 0;
            for (String key : keys.getOrDefault(row.id(), List.of())) {
                var h = hits.get(key);
                if (h != null) {
                    open += h.visibleProceedingIds().size();
                    closed += h.closedProceedings();
                }
            }
            out.add(new AdSummary(row.id(), row.lineNo(), ad.id(), preview(ad), row.risk().doubleValue(), row.level(),
                    codes.getOrDefault(row.id(), List.of()).stream().distinct().toList(),
                    selectorCount.getOrDefault(row.id(), 0), open, closed));
        }
        audit.record(AuditEvent.allowed("AD_BATCH_READ", "ad_batch", batchId).by(user.username())
                .with(out.size() + " ads shown" + (level == null || level.isBlank() ? "" : ", level " + level)));
        return out;
    }

    /** One ad with its evidence in place, its selectors and their hits, and the proceedings it is attached to. */
    AdDetail ad(CurrentUser user, long adId) {
        requireScreener(user);
        var row = store.ad(adId).orElseThrow(() -> new NotVisibleException("screened_ad", adId));
        if (row.risk() == null) {
            throw new NotVisibleException("screened_ad", adId);
        }
        var batch = store.batch(row.batchId()).orElseThrow();
        Ad ad = ad(row);
        String document = ad.document();
        var indicators = store.indicators(List.of(adId)).stream().map(i -> new IndicatorHit(i.code(),
                i.weight().doubleValue(), i.start() >= 0 ? document.substring(i.start(), i.end()) : "", i.start(), i.end()))
                .toList();
        var selectorRows = store.selectors(List.of(adId));
        var hits = lookup(user, selectorRows.stream().filter(s -> s.identifierEnc() != null).map(this::matchKey).toList());
        var selectors = selectorRows.stream().map(s -> {
            String key = s.identifierEnc() == null ? null : matchKey(s);
            return new SelectorView(s.type(), encryption.decrypt(s.valueEnc(), AdColumns.SELECTOR_VALUE.context(s.selectorKey())),
                    key, key == null ? null : hits.get(key), store.otherAdsWith(s.hash(), adId));
        }).toList();
        var visible = proceedings.visibleAmong(user, store.attachmentsOfAd(adId).stream()
                .map(AdStore.AttachmentRow::proceedingId).toList());
        var attachments = store.attachmentsOfAd(adId).stream().filter(a -> visible.contains(a.proceedingId()))
                .map(a -> new AttachmentView(a.proceedingId(), a.attachedBy(), a.attachedAt(), a.note())).toList();
        audit.record(AuditEvent.allowed("AD_READ", "screened_ad", adId).by(user.username())
                .with("batch " + row.batchId() + ", " + selectors.size() + " selectors"));
        return new AdDetail(adId, batch, row.lineNo(), ad, row.risk().doubleValue(), row.level(), row.language(),
                row.rulesVersion(), row.rulesSha256(), row.screenedAt(), indicators, Highlight.of(document, indicators),
                selectors, attachments);
    }

    /** Hits of a screening not stored (the paste page), by selector match key. */
    Map<String, KeyHits> hitsOf(CurrentUser user, Screening screening) {
        requireScreener(user);
        return lookup(user, screening.selectors().stream().filter(s -> s.identifier() != null)
                .map(s -> s.identifier().matchKey()).toList());
    }

    private Map<String, KeyHits> lookup(CurrentUser user, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, KeyHits> out = new LinkedHashMap<>();
        var distinct = keys.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i += 1000) {
            links.lookup(user, distinct.subList(i, Math.min(distinct.size(), i + 1000))).forEach(h -> out.put(h.matchKey(), h));
        }
        return out;
    }

    // ---- attaching to a proceeding ----

    /**
     * Attaches a screened ad to a proceeding the user sees (need-to-know: anyone else gets 404, audited), audited,
     * and publishes its selectors as {@link IdentifiersFound} (source AD) for the links module; cards are left out
     * (only their keyed hash is kept, which links cannot re-check).
     */
    long attach(CurrentUser user, long adId, long proceedingId, String note) {
        requireScreener(user);
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > 1000) {
            throw new InvalidInputException("note", "error.common.maxChars1000en");
        }
        return Objects.requireNonNull(tx.execute(s -> {
            var row = store.ad(adId).orElseThrow(() -> new NotVisibleException("screened_ad", adId));
            if (row.risk() == null) {
                throw new InvalidInputException("ad", "error.screening.ad.notScreened");
            }
            var access = proceedings.access(proceedingId).orElse(null);
            needToKnow.check(user, "proceeding", proceedingId, access);
            if (store.attached(adId, proceedingId)) {
                throw new InvalidInputException("proceedingId", "error.screening.ad.attached", proceedingId);
            }
            long id = store.attach(adId, proceedingId, user.username(), clock.instant(), why);
            var found = new ArrayList<IdentifiersFound.Found>();
            for (var sel : store.selectors(List.of(adId))) {
                if (sel.identifierEnc() == null) {
                    continue;
                }
                String text = encryption.decrypt(sel.identifierEnc(), AdColumns.SELECTOR_IDENTIFIER.context(sel.selectorKey()));
                int colon = text.indexOf(':');
                var kind = IdentifierKind.valueOf(text.substring(0, colon));
                if (kind != IdentifierKind.CARD) {
                    found.add(new IdentifiersFound.Found(kind.name().toLowerCase(java.util.Locale.ROOT),
                            text.substring(text.indexOf('\n') + 1)));
                }
            }
            audit.record(AuditEvent.allowed("AD_ATTACHED", "screened_ad", adId).by(user.username())
                    .with("proceeding " + proceedingId + ", " + found.size() + " identifiers passed to links"));
            if (!found.isEmpty()) {
                events.publishEvent(IdentifiersFound.seal(encryption, proceedingId, null, IdentifierSource.AD,
                        user.username(), found));
            }
            return id;
        }));
    }

    /** The ads attached to a proceeding, for its team (need-to-know; audited as a read). */
    List<AttachedAd> attachedTo(CurrentUser user, long proceedingId) {
        var access = proceedings.access(proceedingId).orElse(null);
        if (!user.canReadProceedings()) {
            throw new NotVisibleException("proceeding", proceedingId);
        }
        needToKnow.check(user, "proceeding", proceedingId, access);
        var out = new ArrayList<AttachedAd>();
        for (var a : store.attachmentsOfProceeding(proceedingId)) {
            var row = store.ad(a.adId()).orElseThrow();
            Ad ad = ad(row);
            out.add(new AttachedAd(a.adId(), ad.id(), preview(ad), row.risk().doubleValue(), row.level(), a.attachedBy(),
                    a.attachedAt(), a.note()));
        }
        audit.record(AuditEvent.allowed("PROCEEDING_ADS_READ", "proceeding", proceedingId).by(user.username())
                .with(out.size() + " attached ads"));
        return out;
    }

    // ---- helpers ----

    /** "KIND:key" — the match key — first line; the value to hand links on the second (the identifier's key). */
    private static String identifierText(Selector selector) {
        return selector.identifier().matchKey() + "\n" + selector.identifier().key();
    }

    private String matchKey(AdStore.SelectorRow s) {
        String text = encryption.decrypt(s.identifierEnc(), AdColumns.SELECTOR_IDENTIFIER.context(s.selectorKey()));
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private Ad ad(AdStore.AdRow row) {
        Map<?, ?> f = JSON.readValue(encryption.decrypt(row.adEnc(), AdColumns.AD.context(row.adKey())), Map.class);
        return new Ad((String) f.get("id"), (String) f.get("text"), (String) f.get("title"), (String) f.get("company"),
                (String) f.get("location"), (String) f.get("salary"), (String) f.get("contacts"), (String) f.get("url"));
    }

    private static String toJson(Ad ad) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("id", ad.id());
        f.put("text", ad.text());
        f.put("title", ad.title());
        f.put("company", ad.company());
        f.put("location", ad.location());
        f.put("salary", ad.salary());
        f.put("contacts", ad.contacts());
        f.put("url", ad.url());
        f.values().removeIf(Objects::isNull);
        return JSON.writeValueAsString(f);
    }

    private static String preview(Ad ad) {
        String text = (ad.title() != null ? ad.title() + " — " : "") + ad.text();
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(selectorKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static String codes(Collection<String> codes) {
        return codes.stream().collect(Collectors.joining(", "));
    }
}
