package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.prediction.Predictor;
import dev.occam.problem.Problem;

/**
 * The one place where kinds are registered. Adding a kind is its class (name, keys, builder) and
 * one line here; the schema's kind branches and the spec-format tables are generated from these.
 */
public final class Kinds {
    public static final Registry<Problem> PROBLEMS =
            new Registry<>(
                    "problem",
                    new LeastSquaresKind(),
                    new ClassificationKind(),
                    new QuadraticKind(),
                    new ScalarNetworkKind(),
                    new MatrixSensingKind(),
                    new MatrixCompletionKind(),
                    new ModelKind(),
                    new ObjectiveKind());

    public static final Registry<ConfiguredAlgorithm> ALGORITHMS =
            new Registry<>(
                    "algorithm",
                    new GradientDescentKind(),
                    new MomentumKind(),
                    new NesterovKind(),
                    new MirrorDescentKind(),
                    new SteepestDescentKind(),
                    new AdaGradKind(),
                    new AdamKind(),
                    new GradientFlowKind(),
                    new NormalizedGradientDescentKind(),
                    new SignDescentKind(),
                    new CoordinateDescentKind(),
                    new CustomKind(),
                    new FactorizedGradientDescentKind(),
                    new SymmetricFactorizationKind(),
                    new DiagonalNetworkKind(),
                    new SgdKind());

    public static final Registry<Predictor> PREDICTIONS =
            new Registry<>(
                    "prediction",
                    new MinDistanceInterpolantKind(),
                    new BregmanProjectionKind(),
                    new MaxMarginKind(),
                    new MaxMarginOffsetKind(),
                    new StabilityThresholdKind(),
                    new HyperbolicEntropyInterpolantKind(),
                    new CommutingFactorizationLimitKind(),
                    new NuclearNormKind("nuclear-norm-completion", "matrix-completion"),
                    new NuclearNormKind("nuclear-norm-sensing", "matrix-sensing"),
                    new NuclearNormPsdKind(),
                    new KktPointKind(),
                    new NoPredictionKind());

    public static final Registry<Claim> CLAIMS =
            new Registry<>(
                    "claim",
                    new LimitKind(),
                    new RateKind(),
                    new StepSizeInvariantKind(),
                    new ConvergenceKind(true),
                    new ConvergenceKind(false),
                    new BoundedKind(),
                    new StabilityKind(),
                    new DirectionKind(),
                    new OffsetKind(),
                    new ValueKind(),
                    new MonotoneKind(),
                    new ReachesKind(),
                    new BandKind(),
                    new WindowTrendKind(),
                    new InvariantKind(),
                    new OdeIdentityKind(),
                    new TrendKind(),
                    new OrderedKind(),
                    new RecoveryKind(),
                    new KktKind());

    private Kinds() {}
}
