package org.nadiya.identification.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.nadiya.identification.ScreeningRequest;
import org.nadiya.identification.ScreeningResult;
import org.nadiya.identification.ScreeningSummary;
import org.nadiya.identification.Screenings;
import org.nadiya.identification.indicators.Catalogue;
import org.nadiya.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/screenings")
@Tag(name = "Screenings", description = "Indicator-based screening of potential victims by front-line officers")
class ScreeningApiController {

    private final Screenings screenings;

    ScreeningApiController(Screenings screenings) {
        this.screenings = screenings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Score and store a screening",
            description = "Prosecutors, investigators and operatives. Without consent only an anonymous record is "
                    + "kept; with consent the person is registered by pseudonym and handed to the regional "
                    + "coordinators. Re-sending the same clientRef returns the stored screening (no duplicate).")
    ScreeningResult submit(@RequestBody ScreeningRequest request) {
        return screenings.submit(CurrentUser.get(), request);
    }

    @GetMapping("/{ref}")
    @Operation(summary = "A stored screening and its guidance")
    ScreeningResult result(@PathVariable String ref) {
        return screenings.result(CurrentUser.get(), ref);
    }

    @GetMapping("/summary")
    @Operation(summary = "Screenings by region, agency, result and indicator",
            description = "Counts below the minimum count are suppressed (count null). Not for partners or researchers.")
    ScreeningSummary summary() {
        return screenings.summary(CurrentUser.get());
    }

    @GetMapping("/catalogue")
    @Operation(summary = "The indicator catalogue (groups, indicators with sources, next steps)")
    Catalogue catalogue() {
        CurrentUser.get();
        return screenings.catalogue();
    }
}
