package dev.occam.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;

class NumberParserTest {

    @ParameterizedTest
    @CsvSource({
        "0.01, 1, 100",
        "1/3, 1, 3",
        "-2/7, -2, 7",
        "0.5, 1, 2",
        ".5, 1, 2",
        "+3, 3, 1",
        "2.5e2, 250, 1",
        "1.5/0.5, 3, 1",
        "1e-3, 1, 1000"
    })
    void plainRationalsAreExact(String text, long numerator, long denominator) {
        assertThat(NumberParser.rational(text).orElseThrow().rational())
                .isEqualTo(new BigFraction(numerator, denominator));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sqrt(2)", "1/3 + 1", "pi", "1/-3", "", "1e", "0x10"})
    void otherTextIsNotAPlainRational(String text) {
        assertThat(NumberParser.rational(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/0", "2/0.0"})
    void zeroDenominatorsAreErrors(String text) {
        assertThatThrownBy(() -> NumberParser.rational(text))
                .hasMessageContaining("division by zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-100000", "1e99999999999"})
    void absurdExponentsAreErrorsNotHugeIntegers(String text) {
        assertThatThrownBy(() -> NumberParser.rational(text))
                .hasMessageContaining("exponent out of range");
    }

    @ParameterizedTest
    @CsvSource({"0x1F, 31", "-0x10, -16", "0o17, 15", "42, 42"})
    void yamlIntegerLiterals(String text, long value) {
        assertThat(NumberParser.yamlLiteral(text).rational())
                .isEqualTo(new BigFraction(BigInteger.valueOf(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {".inf", "-.inf", ".nan"})
    void infinitiesAndNanAreNotNumbers(String text) {
        assertThatThrownBy(() -> NumberParser.yamlLiteral(text))
                .hasMessage("expected a finite number, got " + text);
    }
}
