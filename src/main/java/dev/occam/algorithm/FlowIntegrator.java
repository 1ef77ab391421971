package dev.occam.algorithm;

import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.LocalizedODEFormats;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * What every flow of occam shares: Hipparchus' Dormand–Prince 8(5,3) in double under error control
 * (absolute and relative tolerance alike), a minimum step of 1e-12 of an iteration's time, at most
 * {@link GradientFlow#MAX_EVALUATIONS} field evaluations per iteration, and the integrator's
 * exceptions turned into an {@link IntegrationFailure} that says what was integrated, the flow time
 * reached and why (a stiff flow, or another failure).
 */
final class FlowIntegrator {
    /**
     * The digits a flow whose whole state lives in the integrator runs in (its {@code maxDigits}):
     * the state is doubles, so evaluating the field in a wider tier only converts back and forth
     * (at 60 digits seconds per point for nothing), and mixing the tiers failed the point.
     */
    static final int STATE_DIGITS = 16;

    /** Times the largest step is cut by 16 after a trial step overflowed, before giving up. */
    private static final int RETRIES = 6;

    private final OrdinaryDifferentialEquation field;
    private final double tolerance;
    private DormandPrince853Integrator integrator;
    private final double minStep;
    private double maxStep;
    private int retries;
    private final String what;
    private final DoubleUnaryOperator flowTime;

    /**
     * @param timeStep the integration time of one iteration
     * @param what what is integrated, for messages ("gradient flow dw/dt = -grad L, tolerance
     *     1e-12")
     * @param flowTime the flow time at an integration time (identity, or t = e^s in log time)
     */
    FlowIntegrator(
            OrdinaryDifferentialEquation field,
            double tolerance,
            double timeStep,
            String what,
            DoubleUnaryOperator flowTime) {
        this.field = field;
        this.tolerance = tolerance;
        this.minStep = 1e-12 * timeStep;
        this.maxStep = timeStep;
        this.integrator = integrator();
        this.what = what;
        this.flowTime = flowTime;
    }

    /** A flow in linear time. */
    FlowIntegrator(
            OrdinaryDifferentialEquation field, double tolerance, double timeStep, String what) {
        this(field, tolerance, timeStep, what, t -> t);
    }

    private DormandPrince853Integrator integrator() {
        DormandPrince853Integrator i =
                new DormandPrince853Integrator(minStep, maxStep, tolerance, tolerance);
        i.setMaxEvaluations(GradientFlow.MAX_EVALUATIONS);
        return i;
    }

    /**
     * The state at integration time {@code to} from {@code y} at {@code from}. A trial step that
     * overflows (NaN in the error estimate, which Hipparchus does not reject but throws on) is a
     * step far outside the stability region of a stiff flow that the controller grew once the flow
     * had settled: the iteration is redone from {@code y} with the largest step cut by 16, which
     * the rest of the run keeps (at most six times).
     */
    double[] integrate(double[] y, double from, double to) {
        while (true) {
            try {
                return integrator.integrate(field, new ODEState(from, y), to).getPrimaryState();
            } catch (MathRuntimeException e) {
                if (e.getSpecifier() != LocalizedODEFormats.NAN_APPEARING_DURING_INTEGRATION
                        || retries == RETRIES) throw failure(e, from, to);
                retries++;
                maxStep /= 16;
                integrator = integrator();
            }
        }
    }

    /** The integrator's exception as an {@link IntegrationFailure} that says what, when and why. */
    private IntegrationFailure failure(MathRuntimeException e, double from, double to) {
        ODEStateAndDerivative reached = integrator.getStepStart();
        double at = flowTime.applyAsDouble(reached == null ? from : reached.getTime());
        String why;
        if (e.getSpecifier() == LocalizedODEFormats.MINIMAL_STEPSIZE_REACHED_DURING_INTEGRATION) {
            // parts: the step it needed, the minimum, and whether it was a step forward
            Object[] parts = e.getParts();
            String needed =
                    parts.length > 0 && parts[0] instanceof Number n
                            ? " (it needed " + number(Math.abs(n.doubleValue())) + ")"
                            : "";
            why =
                    "the flow is stiff: the integrator's step fell below its minimum "
                            + number(minStep)
                            + needed
                            + " at t = "
                            + number(at)
                            + "; an explicit integrator cannot follow it at this tolerance";
        } else if (e instanceof MathIllegalStateException
                && e.getSpecifier() == LocalizedCoreFormats.MAX_COUNT_EXCEEDED) {
            why =
                    "the flow is stiff: one iteration (t from "
                            + number(flowTime.applyAsDouble(from))
                            + " to "
                            + number(flowTime.applyAsDouble(to))
                            + ") needed more than "
                            + GradientFlow.MAX_EVALUATIONS
                            + " field evaluations; the integrator had reached t = "
                            + number(at);
        } else {
            why = "the integrator failed at t = " + number(at) + ": " + e.getMessage();
        }
        return new IntegrationFailure(what + ": " + why, at, e);
    }

    /**
     * The tolerance of a refinement, which estimates a run's global error: 100 times tighter, but
     * not below 1e-14 (near double's floor) unless the run's own tolerance is already there; a
     * refinement at the run's tolerance would compare the run with itself and estimate 0.
     */
    static double refinedTolerance(double tolerance) {
        return tolerance > 1e-14 ? Math.max(tolerance / 100, 1e-14) : tolerance / 100;
    }

    static String number(double x) {
        return x == 0 ? "0" : String.format(Locale.ROOT, "%.4g", x);
    }
}
