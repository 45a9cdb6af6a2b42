package org.nadiya.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void readsAmountsAsBanksWriteThem() {
        assertThat(Money.parseMinor("1 234,56", ',')).isEqualTo(123_456);
        assertThat(Money.parseMinor("1\u00a0234,5 UAH", ',')).isEqualTo(123_450);
        assertThat(Money.parseMinor("-1,234.56", '.')).isEqualTo(-123_456);
        assertThat(Money.parseMinor("−70", '.')).isEqualTo(-7_000);
        assertThat(Money.parseMinor("0.10", '.')).isEqualTo(10);
        assertThat(Money.parseMinor("12.300", '.')).isEqualTo(1_230);
    }

    @Test
    void refusesWhatIsNotExact() {
        assertThatThrownBy(() -> Money.parseMinor("1.005", '.')).hasMessageContaining("more than two decimals");
        assertThatThrownBy(() -> Money.parseMinor("12x", '.')).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Money.parseMinor("", '.')).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Money.parseMinor("99999999999999999999", '.')).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aCurrencyAfterTheNumberIsReadButNotAnyWord() {
        assertThat(Money.parseMinor("2 500,00 грн.", ',')).isEqualTo(250_000);
        assertThat(Money.parseMinor("1 234,56 ₴", ',')).isEqualTo(123_456);
        assertThatThrownBy(() -> Money.parseMinor("45 тис.", '.')).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Money.parseMinor("45 approx", '.')).hasMessageContaining("not a number");
    }

    @Test
    void theDecimalSeparatorOfAnAmountIsTheLastOneBeforeOneOrTwoDigits() {
        assertThat(Money.decimalSeparatorOf("1 234,56")).isEqualTo(',');
        assertThat(Money.decimalSeparatorOf("-70 000.00")).isEqualTo('.');
        assertThat(Money.decimalSeparatorOf("1,234.5")).isEqualTo('.');
        assertThat(Money.decimalSeparatorOf("1.234,56 UAH")).isEqualTo(',');
        assertThat(Money.decimalSeparatorOf("1.000")).isEqualTo(',');
        assertThat(Money.decimalSeparatorOf("12.345.678")).isEqualTo(',');
        assertThat(Money.decimalSeparatorOf("1234.567")).isEqualTo('.');
        assertThat(Money.decimalSeparatorOf("1 000")).isEqualTo('.');
        assertThat(Money.decimalSeparatorOf("150")).isEqualTo('.');
        assertThat(Money.parseMinor("1.000", Money.decimalSeparatorOf("1.000"))).isEqualTo(100_000);
        assertThatThrownBy(() -> Money.parseMinor("1234.567", Money.decimalSeparatorOf("1234.567")))
                .hasMessageContaining("more than two decimals");
    }

    @Test
    void sharesRoundDownWithoutOverflow() {
        assertThat(Money.share(100, 1, 3)).isEqualTo(33);
        assertThat(Money.share(Long.MAX_VALUE / 2, 4, 8)).isEqualTo(Long.MAX_VALUE / 4);
    }
}
