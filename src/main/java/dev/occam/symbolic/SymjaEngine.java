package dev.occam.symbolic;

import org.matheclipse.core.basic.Config;
import org.matheclipse.core.basic.ToggleFeature;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.eval.exception.IterationLimitExceeded;
import org.matheclipse.core.eval.exception.LimitException;
import org.matheclipse.core.eval.exception.RecursionLimitExceeded;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.parser.client.SyntaxError;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The one Symja evaluator of the process. Every call runs on a fresh worker thread with a large
 * stack (deep recursion in Symja overflows ordinary stacks) under a time limit, one call at a time
 * (Symja's engine is not thread-safe). Nothing here checks what is evaluated: that is {@link
 * Sandbox}.
 */
final class SymjaEngine {

    /**
     * Symja recurses per nesting level of an expression; 64 MB keeps legal inputs off the floor.
     */
    private static final long STACK_BYTES = 64L << 20;

    /** After a timeout the worker gets this long to notice the stop request before it is killed. */
    private static final long GRACE_MILLIS = 200;

    static final String THREAD_PREFIX = "occam-symja-";

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static volatile SymjaEngine instance;

    private final ExprEvaluator evaluator;

    private SymjaEngine() {
        Sandbox.configureLimits();
        // JAS starts a thread pool otherwise, which keeps the JVM alive for a minute at exit.
        Config.JAS_NO_THREADS = true;
        ToggleFeature.COMPILE = false;
        evaluator = new ExprEvaluator(true, (short) 0);
        EvalEngine engine = evaluator.getEvalEngine();
        engine.setQuietMode(true);
        engine.setRecursionLimit(4096);
        engine.setIterationLimit(100_000);
        Sandbox.disableDangerousBuiltins();
    }

    static SymjaEngine get() {
        SymjaEngine e = instance;
        if (e == null) {
            synchronized (SymjaEngine.class) {
                e = instance;
                if (e == null) {
                    e = runCreation();
                    instance = e;
                }
            }
        }
        return e;
    }

    /** Creation parses Symja's rule files, which recurses deeply: do it on a big stack as well. */
    private static SymjaEngine runCreation() {
        SymjaEngine[] box = new SymjaEngine[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread t =
                new Thread(
                        null,
                        () -> {
                            try {
                                box[0] = new SymjaEngine();
                            } catch (RuntimeException ex) {
                                failure[0] = ex;
                            }
                        },
                        THREAD_PREFIX + "init",
                        STACK_BYTES);
        t.setDaemon(true);
        t.start();
        try {
            t.join();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new FormulaException("interrupted while starting the symbolic engine", ex);
        }
        if (failure[0] != null) {
            throw new FormulaException(
                    "the symbolic engine failed to start: " + failure[0], failure[0]);
        }
        return box[0];
    }

    /** Parses without evaluating. */
    IExpr parse(String text, Duration limit) {
        return call(limit, text, ev -> ev.parse(text));
    }

    /** Evaluates an expression (user input must have passed {@link Sandbox#check} first). */
    IExpr eval(IExpr expr, Duration limit, String what) {
        // EvalEngine.evaluate, not ExprEvaluator.eval: the latter swallows limit exceptions and
        // returns the input unevaluated, which would look like a successful result
        return call(limit, what, ev -> ev.getEvalEngine().evaluate(expr));
    }

    /**
     * Runs {@code work} on a worker thread. On timeout the engine is asked to stop, the thread is
     * interrupted, and if it still runs after a grace period it is stopped by force: a runaway
     * evaluation must not keep burning a core for the rest of the run.
     */
    synchronized <T> T call(Duration limit, String what, Function<ExprEvaluator, T> work) {
        EvalEngine engine = evaluator.getEvalEngine();
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread worker =
                new Thread(
                        null,
                        () -> {
                            try {
                                EvalEngine.setReset(
                                        engine); // clears recursion counters and the stop flag of
                                // an aborted call
                                engine.setQuietMode(true);
                                engine.setStopRequested(false);
                                result[0] = work.apply(evaluator);
                            } catch (Throwable t) { // ThreadDeath and StackOverflowError included:
                                // report, don't die silently
                                failure[0] = t;
                            }
                        },
                        THREAD_PREFIX + THREADS.incrementAndGet(),
                        STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        long millis = Math.max(1, limit.toMillis());
        try {
            worker.join(millis);
            if (worker.isAlive()) {
                stop(worker, engine);
                throw new FormulaException(
                        "'" + shorten(what) + "' exceeded the time limit of " + seconds(limit));
            }
        } catch (InterruptedException ex) {
            stop(worker, engine);
            Thread.currentThread().interrupt();
            throw new FormulaException("interrupted while evaluating '" + shorten(what) + "'", ex);
        }
        if (failure[0] != null) {
            throw translate(failure[0], what);
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread worker, EvalEngine engine) {
        engine.stopRequest();
        worker.interrupt();
        joinQuietly(worker);
        if (worker.isAlive()) {
            // Symja does not poll interrupts in every loop (BigInteger arithmetic, rule matching).
            // Thread.stop still works on Java 17 and is the only way to end such a computation;
            // the engine holds no locks we rely on, and the next call resets its stop flag.
            worker.stop();
            joinQuietly(worker);
        }
    }

    private static void joinQuietly(Thread worker) {
        try {
            worker.join(GRACE_MILLIS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static FormulaException translate(Throwable t, String what) {
        String w = "'" + shorten(what) + "'";
        if (t instanceof FormulaException fe) {
            return fe;
        }
        if (t instanceof SyntaxError se) {
            return new FormulaException(
                    "syntax error in " + w + ": " + firstLine(se.getMessage()), se);
        }
        if (t instanceof IterationLimitExceeded) {
            return new FormulaException(w + " exceeded the iteration limit", t);
        }
        if (t instanceof RecursionLimitExceeded || t instanceof StackOverflowError) {
            return new FormulaException(w + " recursed too deeply", t);
        }
        if (t instanceof LimitException le) {
            return new FormulaException(
                    w
                            + " exceeded a size limit ("
                            + le.getClass().getSimpleName()
                            + ": "
                            + firstLine(le.getMessage())
                            + ")",
                    le);
        }
        if (t instanceof OutOfMemoryError) {
            return new FormulaException(w + " ran out of memory", t);
        }
        return new FormulaException(
                w + " failed: " + t.getClass().getSimpleName() + ": " + firstLine(t.getMessage()),
                t);
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "s" : (ms / 1000.0) + "s";
    }

    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
