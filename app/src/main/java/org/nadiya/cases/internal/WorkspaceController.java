package org.nadiya.cases.internal;

import java.io.IOException;
import java.time.LocalDate;

import org.nadiya.cases.DeadlineExtension;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.Stage;
import org.nadiya.cases.TeamRole;
import org.nadiya.cases.WorkspaceSection;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The proceeding's workspace and its small forms. Each form posts, and comes back to its section of the page
 * with either a confirmation or the field at fault.
 */
@Controller
@RequestMapping("/proceedings/{id}")
@PreAuthorize(CaseWorkers.ONLY)
class WorkspaceController {

    private final Proceedings proceedings;
    private final ProceedingService service;
    private final org.nadiya.security.ReferenceData reference;
    private final java.util.List<WorkspaceSection> sections;

    WorkspaceController(Proceedings proceedings, ProceedingService service, org.nadiya.security.ReferenceData reference,
                        org.springframework.beans.factory.ObjectProvider<WorkspaceSection> sections) {
        this.proceedings = proceedings;
        this.service = service;
        this.reference = reference;
        this.sections = sections.orderedStream().toList();
    }

    /** Another module's section of the workspace with what it shows to this user. */
    record DrawnSection(String anchor, String titleKey, String template, Object content) {
    }

    @GetMapping
    String workspace(@PathVariable long id, Model model, java.util.Locale locale) {
        var workspace = proceedings.workspace(CurrentUser.get(), id);
        model.addAttribute("ws", workspace);
        model.addAttribute("region", reference.region(workspace.proceeding().regionCode()).orElse(null));
        model.addAttribute("today", service.today());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("teamRoles", TeamRole.values());
        model.addAttribute("grantors", DeadlineExtension.Grantor.values());
        model.addAttribute("zone", ProceedingService.KYIV);
        model.addAttribute("countryNames", countryNames(workspace.proceeding().countries(), locale));
        model.addAttribute("sections", drawn(id));
        return "proceedings/workspace";
    }

    @PostMapping("/stage")
    String move(@PathVariable long id, @RequestParam(required = false) Stage stage,
                @RequestParam(required = false) LocalDate on, @RequestParam(required = false) String note,
                RedirectAttributes redirect) {
        return act(id, "stage", redirect, () -> proceedings.move(CurrentUser.get(), id, stage, on, note));
    }

    @PostMapping("/team")
    String addMember(@PathVariable long id, @RequestParam(defaultValue = "") String username,
                     @RequestParam(required = false) TeamRole teamRole, RedirectAttributes redirect) {
        return act(id, "team", redirect, () -> proceedings.addMember(CurrentUser.get(), id, username, teamRole));
    }

    @PostMapping("/team/remove")
    String removeMember(@PathVariable long id, @RequestParam long userId, @RequestParam TeamRole teamRole,
                        RedirectAttributes redirect) {
        return act(id, "team", redirect, () -> proceedings.removeMember(CurrentUser.get(), id, userId, teamRole));
    }

    @PostMapping("/extensions")
    String extend(@PathVariable long id, @RequestParam(defaultValue = "0") int totalMonths,
                  @RequestParam(required = false) DeadlineExtension.Grantor grantedBy,
                  @RequestParam(defaultValue = "") String grantedByName,
                  @RequestParam(required = false) LocalDate grantedOn, RedirectAttributes redirect) {
        return act(id, "deadline", redirect, () -> proceedings.extendDeadline(CurrentUser.get(), id, totalMonths,
                grantedBy, grantedByName, grantedOn));
    }

    @PostMapping("/reviews")
    String review(@PathVariable long id, @RequestParam(required = false) LocalDate from,
                  @RequestParam(required = false) LocalDate to, RedirectAttributes redirect) {
        return act(id, "deadline", redirect, () -> proceedings.recordMaterialsReview(CurrentUser.get(), id, from, to));
    }

    @PostMapping("/tasks")
    String addTask(@PathVariable long id, @RequestParam(defaultValue = "") String title,
                   @RequestParam(defaultValue = "") String assignee, @RequestParam(required = false) LocalDate dueOn,
                   RedirectAttributes redirect) {
        return act(id, "tasks", redirect, () -> proceedings.addTask(CurrentUser.get(), id, title, assignee, dueOn));
    }

    @PostMapping("/tasks/{taskId}/done")
    String completeTask(@PathVariable long id, @PathVariable long taskId, RedirectAttributes redirect) {
        return act(id, "tasks", redirect, () -> proceedings.completeTask(CurrentUser.get(), id, taskId));
    }

    @PostMapping("/evidence")
    String addEvidence(@PathVariable long id, @RequestParam(defaultValue = "") String item,
                       @RequestParam(defaultValue = "") String source, @RequestParam(required = false) LocalDate obtainedOn,
                       @RequestParam(defaultValue = "") String storage,
                       @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return act(id, "evidence", redirect, () -> proceedings.addEvidence(CurrentUser.get(), id, item, source,
                obtainedOn, storage, name, content));
    }

    @PostMapping("/evidence/{evidenceId}/custody")
    String addCustody(@PathVariable long id, @PathVariable long evidenceId,
                      @RequestParam(required = false) LocalDate occurredOn, @RequestParam(defaultValue = "") String fromHolder,
                      @RequestParam(defaultValue = "") String toHolder, @RequestParam(defaultValue = "") String purpose,
                      RedirectAttributes redirect) {
        return act(id, "evidence", redirect, () -> proceedings.addCustody(CurrentUser.get(), id, evidenceId, occurredOn,
                fromHolder, toHolder, purpose));
    }

    @GetMapping("/evidence/{evidenceId}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long evidenceId) {
        var file = proceedings.evidenceFile(CurrentUser.get(), id, evidenceId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", file.sha256())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(file.content());
    }

    @PostMapping("/notes")
    String addNote(@PathVariable long id, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        return act(id, "notes", redirect, () -> proceedings.addNote(CurrentUser.get(), id, text));
    }

    @PostMapping("/hearings")
    String addHearing(@PathVariable long id, @RequestParam(required = false) LocalDate heldOn,
                      @RequestParam(defaultValue = "") String court, @RequestParam(defaultValue = "") String outcome,
                      RedirectAttributes redirect) {
        return act(id, "hearings", redirect, () -> proceedings.addHearing(CurrentUser.get(), id, heldOn, court, outcome));
    }

    @PostMapping("/qualification")
    String decideQualification(@PathVariable long id, @RequestParam(defaultValue = "") String facts,
                               @RequestParam(defaultValue = "") String decided,
                               @RequestParam(defaultValue = "") String overrideReason, RedirectAttributes redirect) {
        return act(id, "qualification", redirect, () -> proceedings.decideQualification(CurrentUser.get(), id, facts,
                decided, overrideReason));
    }

    private java.util.List<DrawnSection> drawn(long id) {
        var user = CurrentUser.get();
        var drawn = new java.util.ArrayList<DrawnSection>();
        for (WorkspaceSection s : sections) {
            Object content = s.content(user, id);
            if (content != null) {
                drawn.add(new DrawnSection(s.anchor(), s.titleKey(), s.template(), content));
            }
        }
        return drawn;
    }

    /** Country names in the page's language (the JDK's CLDR names, as the cooperation register's country table). */
    static java.util.Map<String, String> countryNames(java.util.Collection<String> codes, java.util.Locale locale) {
        var names = new java.util.LinkedHashMap<String, String>();
        codes.forEach(c -> names.put(c, new java.util.Locale.Builder().setRegion(c).build().getDisplayCountry(locale)));
        return names;
    }

    private String act(long id, String section, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "proceeding.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e);
            redirect.addFlashAttribute("errorSection", section);
        }
        return "redirect:/proceedings/" + id + "#" + section;
    }
}
