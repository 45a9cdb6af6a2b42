package org.nadiya.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.disclosure.CalendarUnits;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldEncryption;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.training.ImportRejectedException;
import org.nadiya.training.NewEvent;
import org.nadiya.training.NewParticipant;
import org.nadiya.training.Participant;
import org.nadiya.training.ReportDetails;
import org.nadiya.training.RowError;
import org.nadiya.training.Topic;
import org.nadiya.training.Training;
import org.nadiya.training.TrainingEvent;
import org.nadiya.training.TrainingReport;
import org.nadiya.training.TrainingStatistics;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of capacity-building records: who may do what, persons matched across events by agency and name (names
 * compared decrypted, never stored in clear), imports all-or-nothing, and every read of names audited.
 */
@Service
class TrainingService implements Training {

    private static final Set<Role> MANAGERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR);
    private static final Set<Role> REPORT_READERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.PROSECUTOR, Role.ANALYST);

    private final TrainingStore store;
    private final ReportStore reports;
    private final TrainingStatistics statistics;
    private final EventRules eventRules;
    private final ParticipantRules participantRules;
    private final CertificateWriter certificates;
    private final FieldEncryption encryption;
    private final AuditLog audit;
    private final Clock clock;

    TrainingService(TrainingStore store, ReportStore reports, TrainingStatistics statistics, EventRules eventRules, ParticipantRules participantRules,
                    CertificateWriter certificates, FieldEncryption encryption, AuditLog audit, Clock clock) {
        this.store = store;
        this.reports = reports;
        this.statistics = statistics;
        this.eventRules = eventRules;
        this.participantRules = participantRules;
        this.certificates = certificates;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
    }

    private static boolean excluded(CurrentUser user) {
        return user.has(Role.PARTNER) || user.has(Role.RESEARCHER);
    }

    @Override
    public boolean mayManage(CurrentUser user) {
        return !excluded(user) && user.roles().stream().anyMatch(MANAGERS::contains);
    }

    @Override
    public boolean mayReadReports(CurrentUser user) {
        return !excluded(user) && user.roles().stream().anyMatch(REPORT_READERS::contains);
    }

    private void require(boolean allowed, CurrentUser user, String what) {
        if (!allowed) {
            audit.recordDenied(AuditEvent.denied("TRAINING_REFUSED", "training", null).by(user.username())
                    .with(what + ": not for this role"));
            throw new AccessDeniedException(what + " is not for this role");
        }
    }

    @Override
    public List<Topic> topics() {
        return store.topics();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingEvent> events(CurrentUser user) {
        require(mayReadReports(user), user, "reading training events");
        return store.events();
    }

    @Override
    @Transactional(readOnly = true)
    public TrainingEvent event(CurrentUser user, long id) {
        require(mayReadReports(user), user, "reading training events");
        return store.event(id).orElseThrow(() -> new NotVisibleException("training_event", id));
    }

    @Override
    @Transactional
    public long create(CurrentUser user, NewEvent event) {
        require(mayManage(user), user, "recording training events");
        var checked = eventRules.check(event, store.topics());
        long id = store.insertEvent(checked, user.username(), clock.instant());
        audit.record(AuditEvent.allowed("TRAINING_EVENT_CREATED", "training_event", id).by(user.username())
                .with(checked.kind() + " " + checked.startsOn() + "–" + checked.endsOn()));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Participant> participants(CurrentUser user, long eventId) {
        require(mayManage(user), user, "reading participants");
        var event = event(user, eventId);
        var list = store.participations(eventId).stream().map(row -> new Participant(row.person().id(), name(row.person()),
                row.person().agencyCode(), row.person().role(), row.person().level(), row.person().regionCode(),
                store.days(eventId, row.person().id()), row.pre(), row.post())).toList();
        audit.record(AuditEvent.allowed("TRAINING_PARTICIPANTS_READ", "training_event", event.id()).by(user.username())
                .with("names of " + list.size() + " participants"));
        return list;
    }

    private String name(TrainingStore.PersonRow person) {
        return encryption.decrypt(person.nameEnc(), TrainingColumns.NAME.context(person.key()));
    }

    @Override
    @Transactional
    public long addParticipant(CurrentUser user, long eventId, NewParticipant participant) {
        require(mayManage(user), user, "recording participants");
        var event = event(user, eventId);
        var checked = participantRules.check(participant, event);
        long personId = store(event, checked, new HashMap<>());
        audit.record(AuditEvent.allowed("TRAINING_PARTICIPANT_ADDED", "training_event", eventId).by(user.username())
                .with("person " + personId));
        return personId;
    }

    /** Finds or registers the person and records the participation; {@code known} caches decrypted names by agency. */
    private long store(TrainingEvent event, NewParticipant p, Map<String, Map<String, Long>> known) {
        var byName = known.computeIfAbsent(p.agencyCode(), agency -> {
            Map<String, Long> names = new HashMap<>();
            store.personsOfAgency(agency).forEach(row -> names.put(ParticipantRules.identityKey(name(row)), row.id()));
            return names;
        });
        String identityKey = ParticipantRules.identityKey(p.name());
        Long personId = byName.get(identityKey);
        if (personId == null) {
            String key = UUID.randomUUID().toString();
            personId = store.insertPerson(key, encryption.encrypt(p.name(), TrainingColumns.NAME.context(key)),
                    p.contact() == null ? null : encryption.encrypt(p.contact(), TrainingColumns.CONTACT.context(key)),
                    p.agencyCode(), p.role(), p.level(), p.regionCode());
            byName.put(identityKey, personId);
        } else {
            if (store.participates(event.id(), personId)) {
                throw new InvalidInputException("name", "error.training.name.duplicate");
            }
            store.updatePost(personId, p.role(), p.level(), p.regionCode());
        }
        store.insertParticipation(event.id(), personId, p.preScore(), p.postScore(), List.copyOf(p.days()));
        return personId;
    }

    @Override
    @Transactional
    public int importParticipants(CurrentUser user, long eventId, String fileName, byte[] content) {
        require(mayManage(user), user, "importing participants");
        var event = event(user, eventId);
        var lines = ParticipantImport.read(fileName, content);
        List<RowError> errors = new ArrayList<>();
        List<NewParticipant> checked = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (var line : lines) {
            try {
                var p = participantRules.check(ParticipantImport.participant(line, event), event);
                Integer earlier = seen.putIfAbsent(p.agencyCode() + "|" + ParticipantRules.identityKey(p.name()), line.row());
                if (earlier != null) {
                    throw new InvalidInputException("name", "error.training.name.sameAsRow", earlier);
                }
                checked.add(p);
            } catch (InvalidInputException e) {
                errors.add(new RowError(line.row(), e.field(), e.problems().get(0)));
            }
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("file", "error.training.file.noRows");
        }
        Map<String, Map<String, Long>> known = new HashMap<>();
        for (int i = 0; i < checked.size() && errors.isEmpty(); i++) {
            try {
                store(event, checked.get(i), known);
            } catch (InvalidInputException e) {
                errors.add(new RowError(lines.get(i).row(), e.field(), e.problems().get(0)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        audit.record(AuditEvent.allowed("TRAINING_PARTICIPANTS_IMPORTED", "training_event", eventId).by(user.username())
                .with(checked.size() + " participants from " + (fileName == null ? "file" : fileName.replaceAll("[^\\w.-]", "_"))));
        return checked.size();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] certificate(CurrentUser user, long eventId, long personId) {
        require(mayManage(user), user, "issuing certificates");
        var event = event(user, eventId);
        var row = store.participations(eventId).stream().filter(r -> r.person().id() == personId).findFirst()
                .orElseThrow(() -> new NotVisibleException("training_participant", personId));
        var days = store.days(eventId, personId);
        if (days.isEmpty()) {
            throw new InvalidInputException("days", "error.training.days.noCertificate");
        }
        var participant = new Participant(personId, name(row.person()), row.person().agencyCode(), row.person().role(),
                row.person().level(), row.person().regionCode(), days, row.pre(), row.post());
        Map<String, Topic> topics = new HashMap<>();
        store.topics().forEach(t -> topics.put(t.code(), t));
        byte[] pdf = certificates.write(event, participant, event.topics().stream().map(c -> topics.get(c).nameUk()).toList());
        audit.record(AuditEvent.allowed("TRAINING_CERTIFICATE_ISSUED", "training_event", eventId).by(user.username())
                .with("person " + personId));
        return pdf;
    }

    @Override
    @Transactional(readOnly = true)
    public TrainingReport report(CurrentUser user, LocalDate from, LocalDate to) {
        require(mayReadReports(user), user, "reading training reports");
        checkPeriod(from, to);
        return new TrainingReport(reports.events(from, to), reports.persons(from, to), reports.regions(from, to),
                reports.by("agency_code", from, to), reports.by("region_code", from, to),
                reports.firstTimeAgencies(from, to));
    }

    @Override
    @Transactional(readOnly = true)
    public ReportDetails details(CurrentUser user, LocalDate from, LocalDate to) {
        var report = report(user, from, to);
        return new ReportDetails(report, reports.by("role", from, to), reports.by("level", from, to), reports.gains(from, to));
    }

    @Override
    @Transactional(readOnly = true)
    public String reportCsv(CurrentUser user, LocalDate from, LocalDate to, boolean published) {
        var details = details(user, from, to);
        if (published && !CalendarUnits.isWhole(from, to)) {
            throw new InvalidInputException("from", "error.training.publishedPeriod");
        }
        audit.record(AuditEvent.allowed("TRAINING_REPORT_EXPORTED", "training", null).by(user.username())
                .with(from + ".." + to + (published ? ", published (cell-key method)" : "")));
        return published ? ReportCsv.writePublished(details, statistics.participants(from, to)) : ReportCsv.write(details);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidInputException("from", "error.training.from.required");
        }
        if (to == null) {
            throw new InvalidInputException("to", "error.training.to.required");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "error.common.period.endsBefore");
        }
    }
}
