package org.nadiya.training.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.CsvDownload;
import org.nadiya.kernel.FormInput;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.ReferenceData;
import org.nadiya.training.EventFormat;
import org.nadiya.training.EventKind;
import org.nadiya.training.ImportRejectedException;
import org.nadiya.training.Level;
import org.nadiya.training.OfficialRole;
import org.nadiya.training.Training;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of capacity building: events, one event with its participants and import, the report. */
@Controller
class TrainingController {

    private final Training training;
    private final ReferenceData reference;
    private final Clock clock;

    TrainingController(Training training, ReferenceData reference, Clock clock) {
        this.training = training;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping("/training")
    String list(Model model) {
        var user = CurrentUser.get();
        model.addAttribute("events", training.events(user));
        model.addAttribute("mayManage", training.mayManage(user));
        return "training/list";
    }

    @GetMapping("/training/new")
    String newForm(Model model) {
        return form(model, EventForm.empty(), null);
    }

    @PostMapping("/training")
    String create(@ModelAttribute EventForm form, Model model, RedirectAttributes redirect) {
        try {
            long id = training.create(CurrentUser.get(), form.toEvent());
            redirect.addFlashAttribute("flash", "training.saved");
            return "redirect:/training/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, e);
        }
    }

    private String form(Model model, EventForm form, InvalidInputException error) {
        if (!training.mayManage(CurrentUser.get())) {
            throw new org.springframework.security.access.AccessDeniedException("recording events is for organisers");
        }
        model.addAttribute("form", form);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("formats", EventFormat.values());
        model.addAttribute("topics", training.topics());
        if (error != null) {
            model.addAttribute("error", error);
        }
        return "training/form";
    }

    @GetMapping("/training/{id}")
    String show(@PathVariable long id, Model model) {
        var user = CurrentUser.get();
        model.addAttribute("event", training.event(user, id));
        model.addAttribute("topics", training.topics());
        boolean manage = training.mayManage(user);
        model.addAttribute("mayManage", manage);
        if (manage) {
            model.addAttribute("participants", training.participants(user, id));
            model.addAttribute("agencies", reference.agencies());
            model.addAttribute("regions", reference.regions());
            model.addAttribute("roles", OfficialRole.values());
            model.addAttribute("levels", Level.values());
        }
        return "training/show";
    }

    @PostMapping("/training/{id}/participants")
    String add(@PathVariable long id, @ModelAttribute ParticipantForm form, RedirectAttributes redirect) {
        try {
            training.addParticipant(CurrentUser.get(), id, form.toParticipant());
            redirect.addFlashAttribute("flash", "training.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "training.invalid");
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/training/" + id;
    }

    @PostMapping("/training/{id}/import")
    String importFile(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                      RedirectAttributes redirect) throws IOException {
        try {
            int count = training.importParticipants(CurrentUser.get(), id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flash", "training.imported");
            redirect.addFlashAttribute("imported", count);
        } catch (ImportRejectedException e) {
            redirect.addFlashAttribute("flash", "training.importRejected");
            redirect.addFlashAttribute("rowErrors", e.errors());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "training.importRejected");
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/training/" + id;
    }

    @GetMapping("/training/{id}/participants/{personId}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long personId) {
        return TrainingApiController.pdf(training.certificate(CurrentUser.get(), id, personId), id, personId);
    }

    @GetMapping("/training/report")
    String report(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Kyiv")));
        LocalDate start = from == null || from.isBlank() ? today.minusYears(3).withDayOfYear(1) : FormInput.date(from, "from");
        LocalDate end = to == null || to.isBlank() ? today : FormInput.date(to, "to");
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("details", training.details(CurrentUser.get(), start, end));
        model.addAttribute("topics", training.topics());
        return "training/report";
    }

    @GetMapping("/training/report.csv")
    ResponseEntity<byte[]> reportCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                     @RequestParam(defaultValue = "false") boolean published) {
        return CsvDownload.forPeople("training-report.csv", training.reportCsv(CurrentUser.get(),
                FormInput.date(from, "from"), FormInput.date(to, "to"), published));
    }
}
