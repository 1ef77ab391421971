package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Interval;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.problem.Classification;
import dev.occam.problem.MarginModel;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The KKT test of a direction against min 1/2 ||theta||^2 s.t. q_n(theta) >= 1, on instances solved
 * by hand: a 2-homogeneous diagonal network (its global and a non-global KKT point, and a planted
 * non-KKT direction whose residual is computed in closed form), and a linear classifier, where the
 * KKT point is the hard-margin SVM solved by hand.
 */
class KktTestTest {
    /**
     * f(u, v; x) = u1 v1 x1 + u2 v2 x2 on one point x = (1, 2), y = +1, theta = (u1, u2, v1, v2): q
     * = u1 v1 + 2 u2 v2, order 2, grad q = (v1, 2 v2, u1, 2 u2).
     */
    static final class Diagonal implements MarginModel {
        private final int order;

        Diagonal(int order) {
            this.order = order;
        }

        @Override
        public int points() {
            return 1;
        }

        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public int homogeneity() {
            return order;
        }

        @Override
        public Classification.Loss loss() {
            return Classification.Loss.EXPONENTIAL;
        }

        @Override
        public void margins(double[] w, double[] out) {
            out[0] = w[0] * w[2] + 2 * w[1] * w[3];
        }

        @Override
        public void marginGradients(double[] w, double[][] out) {
            out[0][0] = w[2];
            out[0][1] = 2 * w[3];
            out[0][2] = w[0];
            out[0][3] = 2 * w[1];
        }

        @Override
        public Interval[] encloseMargins(double[] w) {
            Interval a = Interval.point(w[0]).multiply(Interval.point(w[2]));
            Interval b =
                    Interval.point(2).multiply(Interval.point(w[1])).multiply(Interval.point(w[3]));
            return new Interval[] {a.add(b)};
        }

        @Override
        public Interval[][] encloseMarginGradients(double[] w) {
            double[][] g = new double[1][4];
            marginGradients(w, g);
            // 2 v2 and 2 u2 are exact in binary
            Interval[] row = new Interval[4];
            for (int j = 0; j < 4; j++) row[j] = Interval.point(g[0][j]);
            return new Interval[][] {row};
        }
    }

    @Test
    void acceptsTheGlobalKktPointOfTheDiagonalNetwork() {
        // min (||u||^2 + ||v||^2)/2 s.t. u1 v1 + 2 u2 v2 >= 1: with beta_j = u_j v_j, ||u||^2 +
        // ||v||^2 >= 2 ||beta||_1, so the minimum is min ||beta||_1 s.t. beta1 + 2 beta2 >= 1,
        // beta = (0, 1/2), u = v = (0, 1/sqrt 2); stationarity theta = lambda grad q: a = lambda
        // 2a,
        // lambda = 1/2. Any positive multiple of theta has that direction.
        KktCertificate c = KktTest.at(new Diagonal(2), new double[] {0, 3, 0, 3});
        assertThat(c.unmet()).isNull();
        assertThat(c.order()).isEqualTo(2);
        assertThat(c.support()).containsExactly(0);
        assertThat(c.multipliers()[0]).isCloseTo(0.5, within(1e-14));
        assertThat(c.direction()[1]).isCloseTo(Math.sqrt(0.5), within(1e-15));
        assertThat(c.residual()).isLessThan(1e-14);
        assertThat(c.licq()).isTrue();
    }

    @Test
    void acceptsANonGlobalKktPoint() {
        // u = v = (1, 0): q = 1, grad q = (1, 0, 1, 0) = theta, so lambda = 1; a KKT point with
        // ||theta||^2 = 2 > 1, the global value: the test is about KKT, not global optimality
        KktCertificate c = KktTest.at(new Diagonal(2), new double[] {2, 0, 2, 0});
        assertThat(c.multipliers()[0]).isCloseTo(1, within(1e-14));
        assertThat(c.residual()).isLessThan(1e-14);
    }

    @Test
    void rejectsAPlantedNonKktDirectionWithItsResidualInClosedForm() {
        // theta = (1, 1, 1, 1): q = 3, c = 3^(-1/2), grad q(theta_bar) = c (1, 2, 1, 2); the SVM
        // on one feature psi is psi / ||psi||^2 = sqrt 3 (1, 2, 1, 2) / 10, theta_bar / 2 = (1, 1,
        // 1, 1) / (2 sqrt 3); their difference has entries 1/(5 sqrt 3) and -1/(10 sqrt 3), norm^2
        // 1/30, against ||theta_bar/2||^2 = 1/3: the gap is 1/sqrt 10
        KktCertificate c = KktTest.at(new Diagonal(2), new double[] {1, 1, 1, 1});
        assertThat(c.stationarity())
                .isBetween(1 / Math.sqrt(10) - 1e-14, 1 / Math.sqrt(10) + 1e-12);
        assertThat(c.slackness()).isLessThan(1e-15); // one point, active: no slack
        assertThat(c.residual()).isGreaterThan(0.3);
    }

    @Test
    void refusesUnverifiedHomogeneityAndNonSeparatingDirections() {
        assertThat(KktTest.at(new Diagonal(0), new double[] {0, 1, 0, 1}).unmet())
                .contains("not verified homogeneous");
        assertThat(KktTest.at(new Diagonal(2), new double[] {1, 0, -1, 0}).unmet())
                .contains("does not separate");
    }

    /**
     * gd-separable-max-margin.yaml's data: z = (2, 1/2), (-1/2, 1), (3, 2), (1, 3). By hand, the
     * SVM's support is {z1, z2}: 2 w1 + w2/2 = 1 and -w1/2 + w2 = 1 give w_hat = (2/9, 10/9), with
     * z3.w_hat = 26/9 and z4.w_hat = 32/9 above 1; w_hat = a1 z1 + a2 z2 gives a = (28/81, 76/81)
     * >= 0, so w_hat is the SVM and the only KKT point.
     */
    private static Classification linear() {
        return new Classification(
                new Value[][] {
                    {v(2, 1), v(1, 2)},
                    {v(1, 2), v(-1, 1)},
                    {v(3, 1), v(2, 1)},
                    {v(-1, 1), v(-3, 1)}
                },
                new int[] {1, -1, 1, -1},
                null,
                Classification.Loss.EXPONENTIAL);
    }

    @Test
    void linearClassifierAgreesWithTheHandSolvedSvm() {
        MarginModel m = linear().marginModel();
        assertThat(m.homogeneity()).isEqualTo(1);
        KktCertificate at = KktTest.at(m, new double[] {5 * 2.0 / 9, 5 * 10.0 / 9});
        assertThat(at.support()).containsExactly(0, 1);
        assertThat(at.multipliers()[0]).isCloseTo(28.0 / 81, within(1e-13));
        assertThat(at.multipliers()[1]).isCloseTo(76.0 / 81, within(1e-13));
        assertThat(at.multipliers()[2]).isZero();
        assertThat(at.residual()).isLessThan(1e-13);
        assertThat(at.licqRank()).isEqualTo(2);
        // off w_hat: the features are the data, so the SVM is w_hat whatever theta, and the
        // stationarity residual is ||theta_bar - w_hat|| / ||theta_bar|| with theta_bar = theta /
        // min_n z_n.theta
        double[] theta = {0.3, 1.0};
        double qMin = Math.min(2 * 0.3 + 0.5, -0.5 * 0.3 + 1.0); // z3, z4 margins are larger
        double[] bar = {theta[0] / qMin, theta[1] / qMin};
        double gap = Math.hypot(bar[0] - 2.0 / 9, bar[1] - 10.0 / 9) / Math.hypot(bar[0], bar[1]);
        KktCertificate off = KktTest.at(m, theta);
        assertThat(off.stationarity()).isBetween(gap - 1e-14, gap + 1e-12);
        assertThat(off.residual()).isGreaterThan(0.01);
    }

    @Test
    void predictionIsTheL2MaxMarginOnALinearClassifier() {
        Prediction p =
                new KktPoint().predict(new PredictionInput(linear(), new Value[2], Double.NaN, 20));
        assertThat(p.kind()).isEqualTo("kkt-point");
        assertThat(p.unmet()).isNull();
        assertThat(p.exact()).containsExactly(new BigFraction(2, 9), new BigFraction(10, 9));
        // gamma = 1/||w_hat|| = 9/sqrt(104)
        assertThat(p.quantities().get("normalized-margin")[0].doubleValue())
                .isCloseTo(9 / Math.sqrt(104), within(1e-15));
    }

    @Test
    void predictionRefusesProblemsWithoutHomogeneousMargins() {
        Problem plain = problem(null);
        assertThat(new KktPoint().predict(plain, new Value[4], 20).unmet()).contains("offers none");
        Problem nonHomogeneous = problem(new Diagonal(0));
        assertThat(new KktPoint().predict(nonHomogeneous, new Value[4], 20).unmet())
                .contains("not homogeneous");
        Prediction nonlinear = new KktPoint().predict(problem(new Diagonal(2)), new Value[4], 20);
        assertThat(nonlinear.unmet()).isNull();
        assertThat(nonlinear.value()).isNull(); // no closed-form point: claim kkt tests the run
        assertThat(nonlinear.quantities().get("homogeneity")[0].intValue()).isEqualTo(2);
    }

    private static Problem problem(MarginModel m) {
        return new Problem() {
            @Override
            public String kind() {
                return "test";
            }

            @Override
            public int dimension() {
                return 4;
            }

            @Override
            public Objective objective(Tier tier) {
                throw new UnsupportedOperationException();
            }

            @Override
            public MarginModel marginModel() {
                return m;
            }
        };
    }

    private static Value v(long n, long d) {
        return Value.of(new BigFraction(n, d), n + "/" + d);
    }
}
