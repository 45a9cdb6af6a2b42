package org.nadiya.training;

import java.util.Locale;

/** A curriculum topic from the catalogue (data, table {@code training_topic}). */
public record Topic(String code, String nameUk, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameUk;
    }
}
