package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.DfpField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

/**
 * log softplus(x) = log log(1 + e^x), the log of the logistic loss at margin -x, in every tier.
 * Truths by mpmath at 60 digits (log(log1p(exp(x)))), to 40 digits; for quad-doubles at 120 digits,
 * to 72. In double e^x underflows to 0 below x = -745, where x + log(log1p(e^x) / e^x) was log(0/0)
 * = NaN: the log loss of any point with margin above 745 was NaN.
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

    /**
     * Quad-doubles and double-doubles run their own arithmetic, not Dfp or objects. Quad-doubles:
     * within 2^-200 (62 digits less a margin of about 16 units of the five operations' 2^-204).
     * Double-doubles (pairs through {@link ElementFunction#applyDoubleDouble}): within 2^-101,
     * eight units of the 2^-104 of each of their operations (exp, the log1p series or log with its
     * rounding correction, a product, a log, a sum); measured at most 2^-104.8. Relative for
     * softplus where e^x has no subnormal components (x >= -590) and relative to max(1, |value|)
     * for log softplus (a log's absolute error is its argument's relative one). Forming 1 + e^x
     * before the log for small e^x, which drops e^x beyond 2^-212, fails it, and so does the atanh
     * series used beyond its range (e^x = 0.05 at x = -3 and 3); for double-doubles, dropping the
     * rounding correction of log(1 + e) (2^-100.7 at x = -5.5), or half the series' terms (e^x just
     * under 1e-3 at x = -7 and -6.95).
     */
    @ParameterizedTest(name = "x = {0}")
    @CsvSource({
        "-100000, 0, -100000.0",
        "-800, 0, -800.0",
        "-746, 0, -746.0",
        "-745, 0, -745.0",
        "-700, 0, -700.0",
        "-600, 0, -600.0",
        "-500, 7.12457640674128553154915737712275524692775687619429488656536016142007179e-218, -500.0",
        "-40, 0.00000000000000000424835425529158898630497784363158218187775067982297454220545137545878392, -40.0000000000000000021241771276457944939045103334180474095407421247564989",
        "-7, 0.000911466453774244691702493803414661787783184298137656020600816304100186234, -7.00045576784234923085803000004765861425529926124296050797233253994843524",
        "-6.95, 0.000958175956460046258905513898445644974787227265206962977634821915273344295, -6.95047912623244487787431438282944746819351504416938530180785760439572828",
        "-6, 0.00247568513773044953085968204352296877673392466197410549809634880396747514, -6.00123809794455639722642400224182500072140509525617020481477069381278646",
        "-5.5, 0.00407844327057072089151642467836366574383665675716325342149394941867831555, -5.50203991470600226035736757046233907967460878149827606664674827431054854",
        "-3, 0.0485873515737420587589259198546899979418816428281086205308469804875198187, -3.02439203763239647378857222525212826834384951517676562211250793021851024",
        "-1.0000000001, 0.313261687491328691912979042559163832402205198183299829905021147830500982, -1.16071637547474957652481229466800896713704793575120535648540442287938606",
        "-1, 0.313261687518222834048995494967855641915280085670348374719063514837194902, -1.16071637538889757735365146253074689392593215321469857968164065826367087",
        "-0.75, 0.386871006114899943669840269214022908668935990007154699243316584644157746, -0.94966395904754929636476766376051342697585694780273734804090799270527844",
        "-0.001, 0.692647305559940101084246010320713772592144574848569909798158606145362762, -0.367234347931379251882227206783780781507676830281603382547912627317046418",
        "0, 0.693147180559945309417232121458176568075500134360255254120680009493393622, -0.366512920581664327012439158232669469454263447837105263053677713670561615",
        "1e-20, 0.693147180559945309422232121458176568075512634360255254120680009493393622, -0.366512920581664327005225683028224652417471807856347260421425859581029364",
        "0.5413248546129181, 0.999999999999999994324596363558028310762154979348511023440369222499345263, -0.00000000000000000567540363644197170534294823892086701770213554371404047594294377899224676",
        "1, 1.3132616875182228340489954949678556419152800856703483747190635148371949, 0.272513880502583402550013888934134688526996989997009548285098491913582738",
        "3, 3.04858735157374205875892591985468999794188164282810862053084698048751982, 1.11467831990756810018765155058637064211781560075163841671696734745531615",
        "5, 5.00671534848911806861641668773264207511489217296432032693600515641340746, 1.61078008102056405169280170295886945833065260094190687357156509629909603",
        "40, 40.0000000000000000042483542552915889863049778436315821818777506798229745, 3.68887945411393630295866455398300706840408604285305611643251704273410298",
        "800, 800.0, 6.68461172766792729628767927374325811942870338033831171442869583041532609",
        "100000, 100000.0, 11.512925464970228420089957273421821038005507443143864880166639504837863",
    })
    void extendedTiersMatchMpmath(String x, String softplus, String logSoftplus) {
        DD xd = DD.from(new BigDecimal(x));
        double[] low = new double[1];
        BigDecimal ddBound = new BigDecimal(Math.scalb(1.0, -101));
        if (Double.parseDouble(x) >= -590) {
            double h = Softplus.SOFTPLUS.applyDoubleDouble(xd.hi(), xd.lo(), low, 0);
            BigDecimal expected = new BigDecimal(softplus);
            assertThat(new BigDecimal(h).add(new BigDecimal(low[0])).subtract(expected).abs())
                    .as("double-double softplus")
                    .isLessThanOrEqualTo(ddBound.multiply(expected.abs()));
        }
        double h = Softplus.LOG_SOFTPLUS.applyDoubleDouble(xd.hi(), xd.lo(), low, 0);
        BigDecimal expectedLog = new BigDecimal(logSoftplus);
        assertThat(new BigDecimal(h).add(new BigDecimal(low[0])).subtract(expectedLog).abs())
                .as("double-double log softplus")
                .isLessThanOrEqualTo(ddBound.multiply(expectedLog.abs().max(BigDecimal.ONE)));

        double[] q = QD.from(new BigDecimal(x));
        double[] t = new double[ElementFunction.QUAD_DOUBLE_SCRATCH];
        double[] r = new double[4];
        BigDecimal bound = new BigDecimal(Math.scalb(1.0, -200));
        if (Double.parseDouble(x) >= -590) {
            Softplus.SOFTPLUS.applyQuadDouble(q, 0, r, 0, t);
            BigDecimal expected = new BigDecimal(softplus);
            assertThat(QD.decimal(r, 0).subtract(expected).abs())
                    .as("softplus")
                    .isLessThanOrEqualTo(bound.multiply(expected.abs()));
        }
        Softplus.LOG_SOFTPLUS.applyQuadDouble(q, 0, r, 0, t);
        BigDecimal expected = new BigDecimal(logSoftplus);
        assertThat(QD.decimal(r, 0).subtract(expected).abs())
                .as("log softplus")
                .isLessThanOrEqualTo(bound.multiply(expected.abs().max(BigDecimal.ONE)));
        // the result may overwrite the argument
        Softplus.LOG_SOFTPLUS.applyQuadDouble(q, 0, q, 0, t);
        assertThat(q).containsExactly(r);
    }
}
