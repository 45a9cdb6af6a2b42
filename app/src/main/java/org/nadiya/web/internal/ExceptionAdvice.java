package org.nadiya.web.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.nadiya.security.InvalidInputException;
import org.nadiya.security.NotVisibleException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals that reach the web layer: 404 for what the user may not know exists, 400 naming the field for
 * bad input. Nothing internal (stack traces, SQL, class names) is ever shown.
 */
@ControllerAdvice
class ExceptionAdvice {

    @ExceptionHandler(NotVisibleException.class)
    Object notVisible(HttpServletRequest request) {
        if (isApi(request)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", 404, "error", "not found"));
        }
        var page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", 404);
        return page;
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest request) {
        if (isApi(request)) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", 400, "error", "invalid input", "field", e.field(), "message", e.reason()));
        }
        var page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", 400);
        page.addObject("detail", e.field() + ": " + e.reason());
        return page;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
