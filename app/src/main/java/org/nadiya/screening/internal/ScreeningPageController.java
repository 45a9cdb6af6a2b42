package org.nadiya.screening.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.nadiya.screen.Ad;
import org.nadiya.screen.IndicatorRule;
import org.nadiya.screen.Screener;
import org.nadiya.screen.Screening;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Paste an ad, see its risk, the evidence highlighted in place, the contacts found and whether proceedings hold
 * them (hit/no-hit through links). Nothing is stored unless the user saves the ad to attach it to a proceeding.
 */
@Controller("adScreeningPageController")
@PreAuthorize(ScreeningPageController.WHO)
class ScreeningPageController {

    /** Operatives and analysts screen ads; investigators and prosecutors of the proceedings use the results. */
    static final String WHO = "hasAnyRole('OPERATIVE','ANALYST','INVESTIGATOR','PROSECUTOR')";
    static final int MAX_TEXT = 20_000;
    static final int MAX_FIELD = 500;

    private final Screener screener;
    private final AdScreeningService service;

    ScreeningPageController(Screener screener, AdScreeningService service) {
        this.screener = screener;
        this.service = service;
    }

    @GetMapping("/screening")
    String form(Model model) {
        model.addAttribute("rulesVersion", screener.rules().version());
        return "screening/form";
    }

    @PostMapping("/screening")
    String screen(@RequestParam Map<String, String> params, Model model) {
        model.addAttribute("rulesVersion", screener.rules().version());
        model.addAttribute("form", params);
        try {
            Ad ad = new Ad("pasted", text(params), field(params, "title"), field(params, "company"),
                    field(params, "location"), field(params, "salary"), field(params, "contacts"), field(params, "url"));
            Screening result = screener.screen(ad);
            model.addAttribute("result", result);
            model.addAttribute("pieces", Highlight.of(result.document(), result.indicators()));
            model.addAttribute("descriptions", descriptions(screener));
            model.addAttribute("hits", service.hitsOf(CurrentUser.get(), result));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
        }
        return "screening/form";
    }

    /** Stores the pasted ad (a batch of one), so that it can be attached to a proceeding; shows it stored. */
    @PostMapping("/screening/save")
    String save(@RequestParam Map<String, String> params, Model model) {
        try {
            Ad ad = new Ad("pasted", text(params), field(params, "title"), field(params, "company"),
                    field(params, "location"), field(params, "salary"), field(params, "contacts"), field(params, "url"));
            return "redirect:/screening/ads/" + service.savePasted(CurrentUser.get(), ad);
        } catch (InvalidInputException e) {
            model.addAttribute("rulesVersion", screener.rules().version());
            model.addAttribute("form", params);
            model.addAttribute("error", e);
            return "screening/form";
        }
    }

    static Map<String, String> descriptions(Screener screener) {
        return screener.rules().indicators().stream().collect(Collectors.toMap(IndicatorRule::code, IndicatorRule::description));
    }

    private static String text(Map<String, String> params) {
        String text = params.getOrDefault("text", "");
        if (text.isBlank()) {
            throw new InvalidInputException("text", "error.identification.text.required");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "error.screening.text.tooLong", MAX_TEXT, text.length());
        }
        return text;
    }

    private static String field(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value != null && value.length() > MAX_FIELD) {
            throw new InvalidInputException(name, "error.common.maxChars", MAX_FIELD);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
