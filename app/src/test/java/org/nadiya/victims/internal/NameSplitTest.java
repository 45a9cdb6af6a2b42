package org.nadiya.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The split of a one-line name is certain only when a patronymic tells the order, and never drops a word. */
class NameSplitTest {

    @Test
    void aPatronymicTellsTheOrder() {
        assertThat(NameSplit.of("Вигаданенко Марта Степанівна"))
                .isEqualTo(new NameSplit.Parts("Вигаданенко", "Марта", "Степанівна", true));
        assertThat(NameSplit.of("  Вигаданий   Петро  Свідкович "))
                .isEqualTo(new NameSplit.Parts("Вигаданий", "Петро", "Свідкович", true));
        assertThat(NameSplit.of("Тарас Григорович Шевченко"))
                .as("the order of a signature: given name, patronymic, surname")
                .isEqualTo(new NameSplit.Parts("Шевченко", "Тарас", "Григорович", true));
        assertThat(NameSplit.of("Мар'яна Петрівна Карпович").certain()).as("a surname that ends like a patronymic").isFalse();
    }

    @Test
    void withoutAPatronymicEveryWordIsKeptAndTheSplitWaitsForACheck() {
        assertThat(NameSplit.of("Вигадана Ана")).isEqualTo(new NameSplit.Parts("Вигадана", "Ана", null, false));
        assertThat(NameSplit.of("Вигаданий Андрій Полтавський"))
                .isEqualTo(new NameSplit.Parts("Вигаданий Андрій Полтавський", null, null, false));
        assertThat(NameSplit.of("Нгуєн Тхі Хоа Вигадана"))
                .isEqualTo(new NameSplit.Parts("Нгуєн Тхі Хоа Вигадана", null, null, false));
        assertThat(NameSplit.of("Карпович")).isEqualTo(new NameSplit.Parts("Карпович", null, null, false));
        assertThat(NameSplit.of(" ")).isEqualTo(new NameSplit.Parts(null, null, null, true));
    }
}
