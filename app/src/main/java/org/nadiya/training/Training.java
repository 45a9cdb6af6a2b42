package org.nadiya.training;

import java.time.LocalDate;
import java.util.List;

import org.nadiya.security.CurrentUser;

/**
 * Capacity-building records. Organisers (administrators and coordinators) record events and participants and
 * issue certificates; prosecutors and analysts read events and reports (no names). Partners and researchers get
 * 403. Reading participants' names, certificates and exports are audited; bad input names the field (imports: the
 * row and field).
 */
public interface Training {

    boolean mayManage(CurrentUser user);

    boolean mayReadReports(CurrentUser user);

    List<Topic> topics();

    List<TrainingEvent> events(CurrentUser user);

    TrainingEvent event(CurrentUser user, long id);

    long create(CurrentUser user, NewEvent event);

    /** Participants with names (organisers only; audited). */
    List<Participant> participants(CurrentUser user, long eventId);

    long addParticipant(CurrentUser user, long eventId, NewParticipant participant);

    /** CSV or XLSX (by file name); all rows or none. Returns the number of participants imported. */
    int importParticipants(CurrentUser user, long eventId, String fileName, byte[] content);

    /** The participation certificate as PDF; only for a person who attended at least one day. */
    byte[] certificate(CurrentUser user, long eventId, long personId);

    TrainingReport report(CurrentUser user, LocalDate from, LocalDate to);

    ReportDetails details(CurrentUser user, LocalDate from, LocalDate to);

    /** The report as CSV; {@code published} suppresses counts below 5 (and gains over fewer than 5 persons). */
    String reportCsv(CurrentUser user, LocalDate from, LocalDate to, boolean published);
}
