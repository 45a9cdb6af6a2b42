package org.nadiya.screening.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.ProceedingRow;
import org.nadiya.cases.Proceedings;
import org.nadiya.screen.Screener;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The screening workspace: batches (upload with a progress bar polled by htmx, results sortable and filtered by
 * risk), an ad with its evidence highlighted, the hits of its contacts, and attaching it to a proceeding.
 */
@Controller("adBatchController")
@PreAuthorize(ScreeningPageController.WHO)
class AdBatchController {

    private final AdScreeningService service;
    private final Screener screener;
    private final Proceedings proceedings;

    AdBatchController(AdScreeningService service, Screener screener, Proceedings proceedings) {
        this.service = service;
        this.screener = screener;
        this.proceedings = proceedings;
    }

    @GetMapping("/screening/batches")
    String batches(Model model) {
        model.addAttribute("batches", service.batches(CurrentUser.get()));
        model.addAttribute("rulesVersion", service.rules().version());
        return "screening/batches";
    }

    @PostMapping("/screening/batches")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String source,
                  @RequestParam(required = false) String format, @RequestParam(defaultValue = "false") boolean skipBad,
                  Model model) throws IOException {
        var user = CurrentUser.get();
        try {
            long id = service.upload(user, source, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), format, skipBad);
            return "redirect:/screening/batches/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("source", source);
            model.addAttribute("batches", service.batches(user));
            model.addAttribute("rulesVersion", service.rules().version());
            return "screening/batches";
        }
    }

    @GetMapping("/screening/batches/{id}")
    String batch(@PathVariable long id, @RequestParam(required = false) String level,
                 @RequestParam(required = false) String sort, Model model) {
        var user = CurrentUser.get();
        var batch = service.batch(user, id);
        model.addAttribute("batch", batch);
        model.addAttribute("level", level);
        model.addAttribute("sort", sort == null || sort.isBlank() ? "risk" : sort);
        if (!batch.running()) {
            model.addAttribute("ads", service.ads(user, id, level, sort));
        }
        return "screening/batch";
    }

    /** The progress bar, polled every second; when the batch is finished, htmx reloads the whole page. */
    @GetMapping("/screening/batches/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        var batch = service.batch(CurrentUser.get(), id);
        if (!batch.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("batch", batch);
        return "screening/batch :: progress";
    }

    @GetMapping("/screening/ads/{id}")
    String ad(@PathVariable long id, Model model) {
        var user = CurrentUser.get();
        model.addAttribute("detail", service.ad(user, id));
        model.addAttribute("descriptions", ScreeningPageController.descriptions(screener));
        model.addAttribute("ownProceedings", ownProceedings(user));
        return "screening/ad";
    }

    @PostMapping("/screening/ads/{id}/attach")
    String attach(@PathVariable long id, @RequestParam(required = false) Long proceedingId,
                  @RequestParam(required = false) String note, Model model) {
        var user = CurrentUser.get();
        try {
            if (proceedingId == null) {
                throw new InvalidInputException("proceedingId", "error.screening.proceeding.choose");
            }
            service.attach(user, id, proceedingId, note);
            return "redirect:/screening/ads/" + id + "?attached=" + proceedingId;
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return ad(id, model);
        }
    }

    /** Proceedings the user sees (need-to-know applies in the search), to choose one to attach to. */
    private List<ProceedingRow> ownProceedings(CurrentUser user) {
        if (!user.canReadProceedings()) {
            return List.of();
        }
        return proceedings.search(user, new ProceedingFilter(null, null, null, null, null, null, null, null, null, 0, 200))
                .rows();
    }
}
