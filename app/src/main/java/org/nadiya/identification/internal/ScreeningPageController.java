package org.nadiya.identification.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.nadiya.identification.ScreeningRequest;
import org.nadiya.identification.Screenings;
import org.nadiya.identification.Setting;
import org.nadiya.identification.indicators.AgeBand;
import org.nadiya.identification.indicators.Answer;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.ReferenceData;
import org.nadiya.victims.ServiceType;
import org.nadiya.victims.Sex;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's pages: the guided form (works without JavaScript; with it, the offline queue), the result with
 * its guidance, and the report. Indicator answers arrive as parameters {@code a.<indicator id>}.
 */
@Controller
class ScreeningPageController {

    private final Screenings screenings;
    private final ReferenceData reference;

    ScreeningPageController(Screenings screenings, ReferenceData reference) {
        this.screenings = screenings;
        this.reference = reference;
    }

    @GetMapping("/screenings")
    String form(Model model) {
        var user = CurrentUser.get();
        if (!ScreeningService.mayScreen(user)) {
            throw new AccessDeniedException("screening is for prosecutors, investigators and operatives");
        }
        return formPage(model, user, Map.of(), null);
    }

    private String formPage(Model model, CurrentUser user, Map<String, String> values, InvalidInputException error) {
        model.addAttribute("catalogue", screenings.catalogue());
        model.addAttribute("regions", reference.regions().stream().filter(r -> !CurrentUser.CENTRAL.equals(r.code())).toList());
        model.addAttribute("settings", Setting.values());
        model.addAttribute("ages", AgeBand.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("services", ServiceType.values());
        model.addAttribute("values", values);
        model.addAttribute("region", values.getOrDefault("regionCode", user.regionCode()));
        model.addAttribute("error", error);
        return "identification/form";
    }

    @PostMapping("/screenings")
    String submit(@RequestParam Map<String, String> params, Model model) {
        var user = CurrentUser.get();
        try {
            var result = screenings.submit(user, request(params));
            return "redirect:/screenings/" + result.ref();
        } catch (InvalidInputException e) {
            return formPage(model, user, params, e);
        }
    }

    static ScreeningRequest request(Map<String, String> params) {
        Map<String, Answer> answers = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("a.")) {
                answers.put(k.substring(2), choice(k, v, Answer.class));
            }
        });
        String consent = params.get("consent");
        String proceeding = params.get("proceedingId");
        Long proceedingId = null;
        if (proceeding != null && !proceeding.isBlank()) {
            try {
                proceedingId = Long.parseLong(proceeding.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("proceedingId", "error.common.proceeding.number");
            }
        }
        return new ScreeningRequest(params.get("clientRef"), params.get("regionCode"),
                choice("setting", params.get("setting"), Setting.class), choice("age", params.get("age"), AgeBand.class),
                answers, consent == null || consent.isBlank() ? null : "yes".equals(consent),
                choice("sex", params.get("sex"), Sex.class), choice("need", params.get("need"), ServiceType.class),
                proceedingId);
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "error.common.choice.offered");
        }
    }

    @GetMapping("/screenings/{ref:[0-9a-f]{32}}")
    String result(@PathVariable String ref, Model model) {
        model.addAttribute("result", screenings.result(CurrentUser.get(), ref));
        return "identification/result";
    }

    @GetMapping("/screenings/report")
    String report(Model model) {
        model.addAttribute("summary", screenings.summary(CurrentUser.get()));
        model.addAttribute("catalogue", screenings.catalogue());
        return "identification/report";
    }
}
