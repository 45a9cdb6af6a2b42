package org.nadiya.web.internal;

import java.util.Locale;

import org.nadiya.kernel.Bundles;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Spring's and Thymeleaf's view of the bundles: every {@code #{key(args)}} and every error goes through
 * {@link Bundles}, so pages and errors share ICU formatting (plural forms) and the argument formatting.
 */
@Component("messageSource")
class BundleMessageSource implements MessageSource {

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return Bundles.pattern(locale, code).map(p -> Bundles.format(locale, p, resolved(args, locale)))
                .orElse(defaultMessage == null ? null : Bundles.format(locale, defaultMessage, resolved(args, locale)));
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        return Bundles.pattern(locale, code).map(p -> Bundles.format(locale, p, resolved(args, locale)))
                .orElseThrow(() -> new NoSuchMessageException(code, locale));
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        String[] codes = resolvable.getCodes();
        if (codes != null) {
            for (String code : codes) {
                var pattern = Bundles.pattern(locale, code);
                if (pattern.isPresent()) {
                    return Bundles.format(locale, pattern.get(), resolved(resolvable.getArguments(), locale));
                }
            }
        }
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[codes.length - 1], locale);
    }

    private Object[] resolved(Object[] args, Locale locale) {
        if (args == null) {
            return null;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof MessageSourceResolvable nested) {
                out[i] = getMessage(nested, locale);
            }
        }
        return out;
    }
}
