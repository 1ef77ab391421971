package dev.occam.symbolic;

import dev.occam.numeric.DDMath;
import dev.occam.numeric.DfpExp;
import dev.occam.numeric.Interval;
import dev.occam.numeric.IntervalMath;
import dev.occam.numeric.QuadDouble;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.expression.ApfloatNum;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.INum;
import org.matheclipse.core.interfaces.ISymbol;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Walks an evaluated Symja expression once into a tree of {@link Node}s. Evaluation then never
 * touches Symja. Exact constants stay exact as far as each tier allows (1/3 is a DD quotient and a
 * Dfp quotient, not a rounded double); integer powers are products, other powers go through exp/log
 * and are NaN for a negative base.
 */
final class LambdaCompiler {

    /**
     * Transcendental functions other than exp and log (native in DDMath) are computed for DD in Dfp
     * with this many digits.
     */
    private static final DfpField DD_FIELD = new DfpField(40);

    /** Fractions are divided to this many digits before rounding to a quad-double. */
    private static final MathContext QUAD_CONTEXT = new MathContext(100);

    /** Integer exponents up to this size are products; larger ones go through exp/log. */
    private static final int MAX_PRODUCT_EXPONENT = 1 << 16;

    private final List<String> variables;

    /** Set when a node may jump: Sign at 0, ArcTan(x, y) across the negative x axis. */
    private boolean jumps;

    private LambdaCompiler(List<String> variables) {
        this.variables = variables;
    }

    static CompiledTree compile(IExpr expr, List<String> variables) {
        LambdaCompiler compiler = new LambdaCompiler(variables);
        Node root = compiler.node(expr);
        return new CompiledTree(root, variables.size(), !compiler.jumps);
    }

    private Node node(IExpr e) {
        if (e instanceof IInteger i) {
            return Const.of(i.toBigNumerator(), BigInteger.ONE);
        }
        if (e instanceof IFraction f) {
            return Const.of(f.toBigNumerator(), f.toBigDenominator());
        }
        if (e instanceof ApfloatNum a) {
            return Const.of(new BigDecimal(a.apfloatValue().toString(true)));
        }
        if (e instanceof INum n) {
            return Const.of(new BigDecimal(n.doubleValue()));
        }
        if (e == S.Pi) {
            return new Named(Math.PI, DfpField::getPi);
        }
        if (e == S.E) {
            return new Named(Math.E, DfpField::getE);
        }
        if (e instanceof ISymbol s) {
            int index = variables.indexOf(s.getSymbolName());
            if (index < 0) {
                throw new FormulaException(
                        "cannot compile: unknown symbol '"
                                + s.getSymbolName()
                                + "' (variables: "
                                + String.join(", ", variables)
                                + ")");
            }
            return new Var(index);
        }
        if (e.isAST()) {
            return ast((IAST) e);
        }
        throw new FormulaException("cannot compile '" + e + "'");
    }

    private Node ast(IAST ast) {
        IExpr head = ast.head();
        Node[] args = new Node[ast.argSize()];
        if (head == S.Power && ast.argSize() == 2) {
            return power(ast.arg1(), ast.arg2());
        }
        for (int i = 1; i < ast.size(); i++) {
            args[i - 1] = node(ast.get(i));
        }
        if (head == S.Plus) {
            return new Sum(args);
        }
        if (head == S.Times) {
            return new Product(args);
        }
        if (head == S.Max && args.length > 0) {
            return new Extremum(args, true);
        }
        if (head == S.Min && args.length > 0) {
            return new Extremum(args, false);
        }
        if (args.length == 2 && head == S.ArcTan) { // ArcTan(x, y) is the angle of the point (x, y)
            jumps = true;
            return new Binary(
                    args[0],
                    args[1],
                    (x, y) -> Math.atan2(y, x),
                    (x, y) -> y.atan2(x),
                    (x, y) -> IntervalMath.atan2(y, x));
        }
        if (args.length == 2 && head == S.Log) { // Log(b, x)
            return new Binary(
                    args[0],
                    args[1],
                    (b, x) -> Math.log(x) / Math.log(b),
                    (b, x) -> x.log().divide(b.log()),
                    (b, x) -> IntervalMath.log(x).divide(IntervalMath.log(b)));
        }
        if (args.length == 1) {
            Unary u = unary(head, args[0]);
            if (u != null) {
                jumps |= head == S.Sign;
                return u;
            }
        }
        throw new FormulaException(
                "cannot compile '"
                        + SymjaEngine.shorten(ast.toString())
                        + "': "
                        + head
                        + " with "
                        + args.length
                        + " argument(s) is not supported numerically");
    }

    private static Unary unary(IExpr head, Node a) {
        if (head == S.Exp) {
            return exp(a);
        }
        if (head == S.Log) {
            // native double-double log (mirror maps such as the entropy's call it per element and
            // step)
            return new Unary(
                    a,
                    Math::log,
                    x ->
                            x.hi() > 0 && Double.isFinite(x.hi())
                                    ? DDMath.log(x)
                                    : DD.of(Math.log(x.hi())),
                    Dfp::log,
                    IntervalMath::log,
                    QuadDouble::log);
        }
        if (head == S.Sin) {
            return Unary.viaDfp(a, Math::sin, Dfp::sin, IntervalMath::sin);
        }
        if (head == S.Cos) {
            return Unary.viaDfp(a, Math::cos, Dfp::cos, IntervalMath::cos);
        }
        if (head == S.Tan) {
            return Unary.viaDfp(a, Math::tan, Dfp::tan, IntervalMath::tan);
        }
        if (head == S.ArcTan) {
            return Unary.viaDfp(a, Math::atan, Dfp::atan, IntervalMath::atan);
        }
        if (head == S.Sinh) {
            return new Unary(a, Math::sinh, DDMath::sinh, Dfp::sinh, IntervalMath::sinh);
        }
        if (head == S.Cosh) {
            return new Unary(a, Math::cosh, DDMath::cosh, Dfp::cosh, IntervalMath::cosh);
        }
        if (head == S.Tanh) {
            return new Unary(a, Math::tanh, DDMath::tanh, Dfp::tanh, IntervalMath::tanh);
        }
        // derivatives of the allowed functions produce these
        if (head == S.Sec) {
            return Unary.viaDfp(
                    a,
                    x -> 1 / Math.cos(x),
                    x -> x.cos().reciprocal(),
                    x -> IntervalMath.cos(x).reciprocal());
        }
        if (head == S.Csc) {
            return Unary.viaDfp(
                    a,
                    x -> 1 / Math.sin(x),
                    x -> x.sin().reciprocal(),
                    x -> IntervalMath.sin(x).reciprocal());
        }
        if (head == S.Cot) {
            // cos/sin rather than 1/tan: defined at tan's poles
            return Unary.viaDfp(
                    a,
                    x -> 1 / Math.tan(x),
                    x -> x.tan().reciprocal(),
                    x -> IntervalMath.cos(x).divide(IntervalMath.sin(x)));
        }
        if (head == S.Sech) {
            return new Unary(
                    a,
                    x -> 1 / Math.cosh(x),
                    x -> DDMath.cosh(x).reciprocal(),
                    x -> x.cosh().reciprocal(),
                    x -> IntervalMath.cosh(x).reciprocal());
        }
        if (head == S.Csch) {
            return Unary.viaDfp(
                    a,
                    x -> 1 / Math.sinh(x),
                    x -> x.sinh().reciprocal(),
                    x -> IntervalMath.sinh(x).reciprocal());
        }
        if (head == S.Coth) {
            return Unary.viaDfp(
                    a,
                    x -> 1 / Math.tanh(x),
                    x -> x.tanh().reciprocal(),
                    x -> IntervalMath.tanh(x).reciprocal());
        }
        if (head == S.Abs) {
            return new Unary(
                    a, Math::abs, DD::abs, Dfp::abs, IntervalMath::abs, LambdaCompiler::abs);
        }
        if (head == S.Sign) {
            return new Unary(
                    a,
                    Math::signum,
                    x -> DD.of(Math.signum(x.hi())),
                    Dfp::sign,
                    IntervalMath::sign,
                    LambdaCompiler::sign);
        }
        if (head == S.Sqrt) {
            return sqrt(a);
        }
        return null;
    }

    /** Native double-double exp where the result is a normal double-double number. */
    private static Unary exp(Node a) {
        return new Unary(
                a,
                Math::exp,
                x -> Math.abs(x.hi()) < 700 ? DDMath.exp(x) : DD.of(Math.exp(x.hi())),
                DfpExp::exp,
                IntervalMath::exp,
                QuadDouble::exp);
    }

    private static Unary sqrt(Node a) {
        return new Unary(a, Math::sqrt, DD::sqrt, Dfp::sqrt, IntervalMath::sqrt, QuadDouble::sqrt);
    }

    private Node power(IExpr base, IExpr exponent) {
        Node b = node(base);
        if (base == S.E) {
            return exp(node(exponent));
        }
        if (exponent instanceof IInteger n
                && n.toBigNumerator().abs().compareTo(BigInteger.valueOf(MAX_PRODUCT_EXPONENT))
                        <= 0) {
            return new IntPower(b, n.toBigNumerator().intValueExact());
        }
        if (exponent instanceof IFraction f
                && f.toBigDenominator().equals(BigInteger.TWO)
                && f.toBigNumerator().abs().equals(BigInteger.ONE)) {
            Unary sqrt = sqrt(b);
            return f.toBigNumerator().signum() > 0 ? sqrt : new IntPower(sqrt, -1);
        }
        return new RealPower(b, node(exponent));
    }

    /** An exact rational or decimal constant, materialized per tier once (Dfp: once per field). */
    private static final class Const implements Node {
        private final BigDecimal decimalValue;
        private final BigInteger num;
        private final BigInteger den;
        private final double d;
        private final DD dd;

        /** The exact value's tightest double enclosure (1/3 lies strictly between two doubles). */
        private final Interval interval;

        private volatile Dfp cached;

        /**
         * The value rounded to a quad-double (from 100 digits for a fraction), made on first use.
         */
        private volatile double[] quad;

        private Const(BigInteger num, BigInteger den, BigDecimal decimalValue) {
            this.num = num;
            this.den = den;
            this.decimalValue = decimalValue;
            if (decimalValue != null) {
                d = decimalValue.doubleValue();
                dd = DD.from(decimalValue);
                interval = Interval.enclosing(decimalValue);
            } else {
                d = new BigFraction(num, den).doubleValue();
                dd = DD.from(new BigDecimal(num)).divide(DD.from(new BigDecimal(den)));
                interval = Interval.enclosing(num, den);
            }
        }

        static Const of(BigInteger num, BigInteger den) {
            return new Const(num, den, null);
        }

        static Const of(BigDecimal value) {
            return new Const(null, null, value);
        }

        @Override
        public double d(double[] args) {
            return d;
        }

        @Override
        public DD dd(DD[] args) {
            return dd;
        }

        @Override
        public Interval enclose(Interval[] args) {
            return interval;
        }

        @Override
        public Dfp dfp(Dfp[] args, DfpField field) {
            Dfp c = cached;
            if (c == null || c.getField() != field) {
                c =
                        decimalValue != null
                                ? field.newDfp(decimalValue.toString())
                                : field.newDfp(num.toString()).divide(field.newDfp(den.toString()));
                cached = c;
            }
            return c;
        }

        @Override
        public void qd(double[] args, int at, double[] r, int o, double[] t, int sp) {
            double[] q = quad;
            if (q == null) {
                q = new double[4];
                QuadDouble.of(
                        decimalValue != null
                                ? decimalValue
                                : new BigDecimal(num).divide(new BigDecimal(den), QUAD_CONTEXT),
                        q,
                        0);
                quad = q;
            }
            QuadDouble.copy(q, 0, r, o);
        }

        @Override
        public int height() {
            return 1;
        }
    }

    /** Pi and E: exact to each tier's precision. */
    private static final class Named implements Node {
        private final double d;
        private final DD dd;
        private final Function<DfpField, Dfp> dfp;
        private volatile double[] quad;

        Named(double d, Function<DfpField, Dfp> dfp) {
            this.d = d;
            this.dfp = dfp;
            this.dd = Unary.toDD(dfp.apply(DD_FIELD));
        }

        @Override
        public double d(double[] args) {
            return d;
        }

        @Override
        public DD dd(DD[] args) {
            return dd;
        }

        @Override
        public Dfp dfp(Dfp[] args, DfpField field) {
            return dfp.apply(field);
        }

        @Override
        public void qd(double[] args, int at, double[] r, int o, double[] t, int sp) {
            double[] q = quad;
            if (q == null) {
                q = new double[4];
                QuadDouble.fromDfp(dfp.apply(QuadDouble.field()), q, 0);
                quad = q;
            }
            QuadDouble.copy(q, 0, r, o);
        }

        @Override
        public int height() {
            return 1;
        }

        /** d is the double nearest to the constant, so the constant lies within one ulp. */
        @Override
        public Interval enclose(Interval[] args) {
            return new Interval(Math.nextDown(d), Math.nextUp(d), true, false);
        }
    }

    private record Var(int index) implements Node {
        @Override
        public double d(double[] args) {
            return args[index];
        }

        @Override
        public DD dd(DD[] args) {
            return args[index];
        }

        @Override
        public Dfp dfp(Dfp[] args, DfpField field) {
            return args[index];
        }

        @Override
        public void qd(double[] args, int at, double[] r, int o, double[] t, int sp) {
            QuadDouble.copy(args, at + 4 * index, r, o);
        }

        @Override
        public int height() {
            return 1;
        }

        @Override
        public Interval enclose(Interval[] args) {
            return args[index];
        }
    }

    private record Sum(Node[] terms) implements Node {
        @Override
        public double d(double[] args) {
            double s = terms[0].d(args);
            for (int i = 1; i < terms.length; i++) {
                s += terms[i].d(args);
            }
            return s;
        }

        @Override
        public DD dd(DD[] args) {
            DD s = terms[0].dd(args);
            for (int i = 1; i < terms.length; i++) {
                s = s.add(terms[i].dd(args));
            }
            return s;
        }

        @Override
        public Dfp dfp(Dfp[] args, DfpField field) {
            Dfp s = terms[0].dfp(args, field);
            for (int i = 1; i < terms.length; i++) {
                s = s.add(terms[i].dfp(args, field));
            }
            return s;
        }

        @Override
        public Interval enclose(Interval[] args) {
            Interval s = terms[0].enclose(args);
            for (int i = 1; i < terms.length; i++) {
                s = s.add(terms[i].enclose(args));
            }
            return s;
        }

        @Override
        public void qd(double[] args, int at, double[] r, int o, double[] t, int sp) {
            fold(terms, SUM, args, at, r, o, t, sp);
        }

        @Override
        public int height() {
            return 1 + LambdaCompiler.height(terms);
        }
    }

    private record Product(Node[] factors) implements Node {
        @Override
        public double d(double[] args) {
            double p = factors[0].d(args);
            for (int i = 1; i < factors.length; i++) {
                p *= factors[i].d(args);
            }
            return p;
        }

        @Override
        public DD dd(DD[] args) {
            DD p = factors[0].dd(args);
            for (int i = 1; i < factors.length; i++) {
                p = p.multiply(factors[i].dd(args));
            }
            return p;
        }

        @Override
        public Dfp dfp(Dfp[] args, DfpField field) {
            Dfp p = factors[0].dfp(args, field);
            for (int i = 1; i < factors.length; i++) {
                p = p.multiply(factors[i].dfp(args, field));
            }
            return p;
        }

        @Override
        public Interval enclose(Interval[] args) {
            Interval p = factors[0].enclose(args);
            for (int i = 1; i < factors.length; i++) {
                p = p.multiply(factors[i].enclose(args));
            }
            return p;
        }

        @Override
        public void qd(double[] args, int at, double[] r, int o, double[] t, int sp) {
            fold(factors, PRODUCT, args, at, r, o, t, sp);
        }

        @Override
        public int height() {
            return 1 + LambdaCompiler.height(factors);
        }
    }

    private record Extremum(Node[] items, boolean max) implements Node {
        @Override
        public double d(double[] args) {
            double m = items[0].d(args);
            for (int i = 1; i < items.length; i++) {
                m = max ? Math.max(m, items[i].d(args)) : Math.min(m, items[i].d(args));
            }
            return m;
        }

        @Override
        public DD dd(DD[] args) {
            DD m = items[0].dd(args);
            for (int i = 1; i < items.length; i++) {
                DD v = items[i].dd(args);
                int c =
                        Double.compare(v.hi(), m.hi()) != 0
                                ? Double.compare(v.hi(), m.hi())
                                : Double.compare(v.lo(), m.lo());
                if (max ? c > 0 : c < 0) {
                    m = v;
                }
            }
            return m;
        }

        @Override
        public Dfp dfp(Dfp[] args, DfpField field) {
            Dfp m = items[0].dfp(args, field);
            for (int i = 1; i < items.length; i++) {
                Dfp v = items[i].dfp(args, field);
                if (max ? v.greaterThan(m) : v.lessThan(m)) {
                    m = v;
                }
            }
            return m;
        }

        @Override
        public Interval enclose(Interval[] args) {
            Interval[] values = new Interval[items.length];
            for (int i = 0; i < items.length; i++) {
                values[i] = items[i].enclose(args);
            }
            return max ? IntervalMath.max(values) : IntervalMath.min(values);
        }

        @Override
        public void qd(double[] args, int at, double[] r, int o, double[] t, int sp) {
            fold(items, max ? MAX : MIN, args, at, r, o, t, sp);
        }

        @Override
        public int height() {
            return 1 + LambdaCompiler.height(items);
        }
    }

    /** x^n by repeated squaring; negative n through the reciprocal. */
    private record IntPower(Node base, int n) implements Node {
        @Override
        public double d(double[] args) {
            double x = base.d(args);
            double r = 1;
            double p = x;
            for (int k = Math.abs(n); k > 0; k >>= 1) {
                if ((k & 1) != 0) {
                    r *= p;
                }
                p *= p;
            }
            return n < 0 ? 1 / r : r;
        }

        @Override
        public DD dd(DD[] args) {
            return base.dd(args).pow(n);
        }

        @Override
        public Dfp dfp(Dfp[] args, DfpField field) {
            Dfp x = base.dfp(args, field);
            Dfp r = field.getOne();
            Dfp p = x;
            for (int k = Math.abs(n); k > 0; k >>= 1) {
                if ((k & 1) != 0) {
                    r = r.multiply(p);
                }
                p = p.multiply(p);
            }
            return n < 0 ? r.reciprocal() : r;
        }

        @Override
        public Interval enclose(Interval[] args) {
            return base.enclose(args).pow(n);
        }

        /** Repeated squaring as in Dfp: p at sp, the product at sp + 4. */
        @Override
        public void qd(double[] args, int at, double[] r, int o, double[] t, int sp) {
            int product = sp + 4;
            base.qd(args, at, t, sp, t, sp + SLOTS);
            QuadDouble.set(t, product, 1);
            for (int k = Math.abs(n); k > 0; k >>= 1) {
                if ((k & 1) != 0) {
                    QuadDouble.multiply(t, product, t, sp, t, product);
                }
                QuadDouble.multiply(t, sp, t, sp, t, sp);
            }
            if (n < 0) {
                QuadDouble.set(t, sp, 1);
                QuadDouble.divide(t, sp, t, product, r, o, t);
            } else {
                QuadDouble.copy(t, product, r, o);
            }
        }

        @Override
        public int height() {
            return 1 + base.height();
        }
    }

    /**
     * b^p for a non-constant or non-integer exponent: exp(p log b) for b > 0, a product when p
     * turns out to be an integer, NaN for a negative base otherwise (no complex results).
     */
    private record RealPower(Node base, Node exponent) implements Node {
        @Override
        public double d(double[] args) {
            return Math.pow(base.d(args), exponent.d(args));
        }

        @Override
        public DD dd(DD[] args) {
            DD b = base.dd(args);
            DD p = exponent.dd(args);
            if (isSmallInteger(p.hi()) && p.lo() == 0) {
                return b.pow((int) p.hi());
            }
            return Unary.toDD(dfpPower(Unary.toDfp(b), Unary.toDfp(p)));
        }

        @Override
        public Dfp dfp(Dfp[] args, DfpField field) {
            return dfpPower(base.dfp(args, field), exponent.dfp(args, field));
        }

        @Override
        public Interval enclose(Interval[] args) {
            return IntervalMath.pow(base.enclose(args), exponent.enclose(args));
        }

        /** The same cases as Dfp's: a product for an integer p, NaN for b < 0, 0 or inf at 0. */
        @Override
        public void qd(double[] args, int at, double[] r, int o, double[] t, int sp) {
            base.qd(args, at, t, sp, t, sp + SLOTS);
            exponent.qd(args, at, t, sp + 4, t, sp + SLOTS);
            QuadDouble.pow(t, sp, t, sp + 4, r, o, t);
        }

        @Override
        public int height() {
            return 1 + Math.max(base.height(), exponent.height());
        }

        private static Dfp dfpPower(Dfp b, Dfp p) {
            if (p.rint().equals(p) && isSmallInteger(p.toDouble())) {
                return b.pow((int) p.toDouble());
            }
            if (b.isZero()) {
                return p.greaterThan(b)
                        ? b
                        : b.getField().newDfp(p.isZero() ? 1 : Double.POSITIVE_INFINITY);
            }
            if (b.strictlyNegative()) {
                return b.getField().newDfp(Double.NaN);
            }
            return p.multiply(b.log()).exp();
        }

        private static boolean isSmallInteger(double v) {
            return v == Math.rint(v) && Math.abs(v) <= MAX_PRODUCT_EXPONENT;
        }
    }

    private record Binary(
            Node a,
            Node b,
            DoubleBinaryOperator d,
            BinaryOperator<Dfp> dfp,
            BinaryOperator<Interval> interval)
            implements Node {
        @Override
        public double d(double[] args) {
            return d.applyAsDouble(a.d(args), b.d(args));
        }

        @Override
        public DD dd(DD[] args) {
            return Unary.toDD(dfp.apply(Unary.toDfp(a.dd(args)), Unary.toDfp(b.dd(args))));
        }

        @Override
        public Dfp dfp(Dfp[] args, DfpField field) {
            return dfp.apply(a.dfp(args, field), b.dfp(args, field));
        }

        @Override
        public Interval enclose(Interval[] args) {
            return interval.apply(a.enclose(args), b.enclose(args));
        }

        @Override
        public void qd(double[] args, int at, double[] r, int o, double[] t, int sp) {
            a.qd(args, at, t, sp, t, sp + SLOTS);
            b.qd(args, at, t, sp + 4, t, sp + SLOTS);
            QuadDouble.fromDfp(
                    dfp.apply(QuadDouble.toDfp(t, sp), QuadDouble.toDfp(t, sp + 4)), r, o);
        }

        @Override
        public int height() {
            return 1 + Math.max(a.height(), b.height());
        }
    }

    /** A quad-double function: r = f(x), r written last ({@link QuadDouble}'s conventions). */
    @FunctionalInterface
    private interface QuadOperator {
        void apply(double[] x, int ix, double[] r, int o, double[] t);
    }

    /**
     * A function of one argument; DD versions of transcendental functions go through Dfp(40), and
     * quad-double ones (qd null) through Dfp in the quad-double tier's field.
     */
    private record Unary(
            Node a,
            DoubleUnaryOperator d,
            UnaryOperator<DD> dd,
            UnaryOperator<Dfp> dfp,
            UnaryOperator<Interval> interval,
            QuadOperator qd)
            implements Node {

        Unary(
                Node a,
                DoubleUnaryOperator d,
                UnaryOperator<DD> dd,
                UnaryOperator<Dfp> dfp,
                UnaryOperator<Interval> interval) {
            this(a, d, dd, dfp, interval, null);
        }

        static Unary viaDfp(
                Node a,
                DoubleUnaryOperator d,
                UnaryOperator<Dfp> dfp,
                UnaryOperator<Interval> interval) {
            return new Unary(
                    a,
                    d,
                    x ->
                            Double.isFinite(x.hi())
                                    ? toDD(dfp.apply(toDfp(x)))
                                    : DD.of(d.applyAsDouble(x.hi())),
                    dfp,
                    interval);
        }

        static Dfp toDfp(DD x) {
            return DD_FIELD.newDfp(x.hi()).add(DD_FIELD.newDfp(x.lo()));
        }

        static DD toDD(Dfp x) {
            double hi = x.toDouble();
            if (!Double.isFinite(hi)) {
                return DD.of(hi);
            }
            return DD.ofSum(hi, x.subtract(x.getField().newDfp(hi)).toDouble());
        }

        @Override
        public double d(double[] args) {
            return d.applyAsDouble(a.d(args));
        }

        @Override
        public DD dd(DD[] args) {
            return dd.apply(a.dd(args));
        }

        @Override
        public Dfp dfp(Dfp[] args, DfpField field) {
            return dfp.apply(a.dfp(args, field));
        }

        @Override
        public Interval enclose(Interval[] args) {
            return interval.apply(a.enclose(args));
        }

        @Override
        public void qd(double[] args, int at, double[] r, int o, double[] t, int sp) {
            a.qd(args, at, t, sp, t, sp + SLOTS);
            if (qd != null) {
                qd.apply(t, sp, r, o, t);
            } else {
                QuadDouble.fromDfp(dfp.apply(QuadDouble.toDfp(t, sp)), r, o);
            }
        }

        @Override
        public int height() {
            return 1 + a.height();
        }
    }

    /** How a quad-double fold takes the next value at t[next] into its accumulator at t[acc]. */
    @FunctionalInterface
    private interface QuadFold {
        void combine(double[] t, int acc, int next);
    }

    private static final QuadFold SUM =
            (t, acc, next) -> QuadDouble.add(t, acc, t, next, t, acc, t);
    private static final QuadFold PRODUCT =
            (t, acc, next) -> QuadDouble.multiply(t, acc, t, next, t, acc);
    private static final QuadFold MAX = (t, acc, next) -> keep(t, acc, next, 1);
    private static final QuadFold MIN = (t, acc, next) -> keep(t, acc, next, -1);

    /** The accumulator becomes the next value when next compares to it with the given sign. */
    private static void keep(double[] t, int acc, int next, int sign) {
        if (Integer.signum(QuadDouble.compare(t, next, t, acc)) == sign) {
            QuadDouble.copy(t, next, t, acc);
        }
    }

    /**
     * The nodes' values combined left to right in quad-double: the accumulator in the node's first
     * slot, each next value in its second, the children's scratch above them.
     */
    private static void fold(
            Node[] nodes,
            QuadFold f,
            double[] args,
            int at,
            double[] r,
            int o,
            double[] t,
            int sp) {
        int next = sp + 4;
        nodes[0].qd(args, at, t, sp, t, sp + Node.SLOTS);
        for (int i = 1; i < nodes.length; i++) {
            nodes[i].qd(args, at, t, next, t, sp + Node.SLOTS);
            f.combine(t, sp, next);
        }
        QuadDouble.copy(t, sp, r, o);
    }

    private static int height(Node[] nodes) {
        int h = 0;
        for (Node n : nodes) {
            h = Math.max(h, n.height());
        }
        return h;
    }

    private static void abs(double[] x, int ix, double[] r, int o, double[] t) {
        if (x[ix] < 0) {
            QuadDouble.negate(x, ix, r, o);
        } else {
            QuadDouble.copy(x, ix, r, o);
        }
    }

    private static void sign(double[] x, int ix, double[] r, int o, double[] t) {
        QuadDouble.set(r, o, Math.signum(x[ix]));
    }
}
