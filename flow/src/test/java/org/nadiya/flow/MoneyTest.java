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
    void sharesRoundDownWithoutOverflow() {
        assertThat(Money.share(100, 1, 3)).isEqualTo(33);
        assertThat(Money.share(Long.MAX_VALUE / 2, 4, 8)).isEqualTo(Long.MAX_VALUE / 4);
    }
}
