package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.DfpField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

/**
 * log softplus(x) = log log(1 + e^x), the log of the logistic loss at margin -x, in every tier.
 * Truths by mpmath at 60 digits (log(log1p(exp(x)))), to 40 digits. In double e^x underflows to 0
 * below x = -745, where x + log(log1p(e^x) / e^x) was log(0/0) = NaN: the log loss of any point
 * with margin above 745 was NaN.
 */
class SoftplusTest {
    @ParameterizedTest(name = "x = {0}")
    @CsvSource({
        "-100000, -100000.0",
        "-800, -800.0",
        "-746, -746.0",
        "-745, -745.0",
        "-40, -40.0000000000000000021241771276457944939",
        "-1, -1.160716375388897577353651462530746893926",
        "0, -0.3665129205816643270124391582326694694543",
        "5, 1.610780081020564051692801702958869458331",
        "800, 6.684611727667927296287679273743258119429",
    })
    void logSoftplusMatchesMpmath(String x, String truth) {
        BigDecimal expected = new BigDecimal(truth);
        double scale = Math.max(1, Math.abs(expected.doubleValue()));
        double d = Softplus.LOG_SOFTPLUS.apply(Double.parseDouble(x));
        assertThat(Math.abs(d - expected.doubleValue()) / scale).as("double").isLessThan(1e-15);
        DD dd = Softplus.LOG_SOFTPLUS.apply(DD.from(new BigDecimal(x)));
        assertThat(dd.bigDecimalValue().subtract(expected).abs().doubleValue() / scale)
                .as("double-double")
                .isLessThan(1e-30);
        DfpField field = new DfpField(40);
        String dfp = Softplus.LOG_SOFTPLUS.apply(field.newDfp(x)).toString();
        assertThat(new BigDecimal(dfp).subtract(expected).abs().doubleValue() / scale)
                .as("Dfp")
                .isLessThan(1e-34);
    }
}
