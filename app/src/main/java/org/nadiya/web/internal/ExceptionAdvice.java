package org.nadiya.web.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.nadiya.kernel.Bundles;
import org.nadiya.kernel.DecisionNeededException;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NotVisibleException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Refusals that reach the web layer. The API answers RFC 9457 problem details ({@code application/problem+json})
 * with a stable {@code type} and {@code code}, the {@code detail} in the language of {@code Accept-Language} and
 * every field error listed; a browser gets the styled error page in the user's language. 404 also stands for what
 * the user may not know exists. Nothing internal (stack traces, SQL, class names) is ever shown.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExceptionAdvice {

    /** The problem types, stable for API clients: {@code urn:nadiya:problem:<name>}. */
    static URI type(String name) {
        return URI.create("urn:nadiya:problem:" + name);
    }

    private final LocaleResolver locales;

    ExceptionAdvice(LocaleResolver locales) {
        this.locales = locales;
    }

    @ExceptionHandler(NotVisibleException.class)
    Object notVisible(HttpServletRequest request) {
        return refusal(request, HttpStatus.NOT_FOUND, "not-found");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(HttpServletRequest request) {
        return refusal(request, HttpStatus.NOT_FOUND, "not-found");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpServletRequest request, HttpRequestMethodNotSupportedException e) {
        Object answer = refusal(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
        if (answer instanceof ResponseEntity<?> entity && e.getSupportedHttpMethods() != null) {
            return ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders())
                    .allow(e.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new))
                    .body(entity.getBody());
        }
        return answer;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpServletRequest request) {
        return refusal(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        return refusal(request, HttpStatus.CONTENT_TOO_LARGE, "too-large");
    }

    /** A path or query value of the wrong type ({@code /proceedings/abc}), a missing parameter, unreadable JSON. */
    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class, ServletRequestBindingException.class,
            HttpMessageNotReadableException.class})
    Object malformed(HttpServletRequest request, Exception e) {
        String field = e instanceof TypeMismatchException mismatch ? mismatch.getPropertyName()
                : e instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
                : e instanceof MissingServletRequestPartException part ? part.getRequestPartName() : null;
        String key = e instanceof HttpMessageNotReadableException ? "error.common.body.unreadable"
                : e instanceof TypeMismatchException ? "error.common.value.malformed" : "error.common.required";
        var invalid = new InvalidInputException(field, key);
        if (!isApi(request) && e instanceof TypeMismatchException) {
            // A mistyped address, e.g. /proceedings/abc: to the reader it is a page that does not exist.
            return refusal(request, HttpStatus.NOT_FOUND, "not-found");
        }
        return invalid(invalid, request);
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest request) {
        if (isApi(request)) {
            Locale locale = apiLocale(request);
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.problems().get(0).text(locale));
            problem.setType(type("invalid-input"));
            problem.setTitle(Bundles.text(locale, "error.400"));
            problem.setProperty("code", e.key());
            problem.setProperty("field", e.field());
            problem.setProperty("errors", e.problems().stream().map(p -> {
                var item = new java.util.LinkedHashMap<String, Object>();
                item.put("field", p.field());
                item.put("code", p.key());
                item.put("detail", p.text(locale));
                return item;
            }).toList());
            return problem(problem, locale);
        }
        var page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", 400);
        page.addObject("problems", e.problems());
        return page;
    }

    /** A request that waits for its sender's decision (409): what there is to decide on, in the problem's properties. */
    @ExceptionHandler(DecisionNeededException.class)
    Object decisionNeeded(DecisionNeededException e, HttpServletRequest request) {
        if (!isApi(request)) {
            return refusal(request, HttpStatus.CONFLICT, e.code());
        }
        Locale locale = apiLocale(request);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Bundles.text(locale, e.key()));
        problem.setType(type(e.code()));
        problem.setTitle(Bundles.text(locale, "error.409"));
        problem.setProperty("code", e.code());
        e.properties().forEach(problem::setProperty);
        return problem(problem, locale);
    }

    private Object refusal(HttpServletRequest request, HttpStatus status, String name) {
        if (isApi(request)) {
            Locale locale = apiLocale(request);
            var problem = ProblemDetail.forStatusAndDetail(status, Bundles.text(locale, "error.detail." + status.value()));
            problem.setType(type(name));
            problem.setTitle(Bundles.text(locale, "error." + status.value()));
            problem.setProperty("code", name);
            // the short error of the earlier JSON bodies, kept for clients that read it
            problem.setProperty("error", status == HttpStatus.NOT_FOUND ? "not found" : name.replace('-', ' '));
            return problem(problem, locale);
        }
        var page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, Locale locale) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage()).body(problem);
    }

    /** The API speaks the language of {@code Accept-Language}; without it, the session's (Ukrainian by default). */
    private Locale apiLocale(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null && !header.isBlank()) {
            try {
                var ranges = Locale.LanguageRange.parse(header);
                Locale best = Locale.lookup(ranges, List.of(Bundles.UKRAINIAN, Locale.ENGLISH));
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header falls back to the session's language
            }
        }
        return Bundles.supported(locales.resolveLocale(request));
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
