package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinomialTest {

    @Test
    void theWilsonIntervalMatchesItsTextbookValues() {
        // 5 of 10 and 10 of 10 at 95%: 0.2366–0.7634 and 0.7225–1
        assertThat(Binomial.wilson(5, 10)[0]).isCloseTo(0.2366, within(1e-4));
        assertThat(Binomial.wilson(5, 10)[1]).isCloseTo(0.7634, within(1e-4));
        assertThat(Binomial.wilson(10, 10)[0]).isCloseTo(0.7225, within(1e-4));
        assertThat(Binomial.wilson(10, 10)[1]).isCloseTo(1.0, within(1e-12));
        assertThat(Binomial.wilson(0, 0)).containsExactly(0, 1);
    }

    @Test
    void theIntervalNarrowsAsTheSetGrows() {
        double[] small = Binomial.wilson(123, 151);
        double[] large = Binomial.wilson(2615, 2875);

        assertThat(small[1] - small[0]).isGreaterThan(0.12);
        assertThat(large[1] - large[0]).isLessThan(0.025);
    }

    @Test
    void mcNemarIsTheTwoSidedSignTestOfTheItemsThatChanged() {
        assertThat(Binomial.mcNemar(0, 0)).isEqualTo(1.0);
        assertThat(Binomial.mcNemar(3, 2)).isCloseTo(1.0, within(1e-12));
        assertThat(Binomial.mcNemar(5, 0)).isCloseTo(2 / 32.0, within(1e-12));
        assertThat(Binomial.mcNemar(0, 5)).isCloseTo(2 / 32.0, within(1e-12));
        // 8 against 1: 2 × (1 + 9) / 512
        assertThat(Binomial.mcNemar(8, 1)).isCloseTo(20 / 512.0, within(1e-12));
        assertThat(Binomial.mcNemar(22, 0)).isLessThan(1e-6);
    }
}
