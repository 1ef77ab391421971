package dev.occam.symbolic;

import org.matheclipse.core.basic.Config;
import org.matheclipse.core.convert.AST2Expr;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.interfaces.AbstractFunctionEvaluator;
import org.matheclipse.core.eval.interfaces.ISymbolEvaluator;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IBuiltInSymbol;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import org.matheclipse.parser.client.Parser;
import org.matheclipse.parser.client.SyntaxError;
import org.matheclipse.parser.client.ast.ASTNode;
import org.matheclipse.parser.client.ast.FunctionNode;
import org.matheclipse.parser.client.ast.NumberNode;
import org.matheclipse.parser.client.ast.StringNode;
import org.matheclipse.parser.client.ast.SymbolNode;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What untrusted formula text may do in Symja. Independent layers: {@link #checkSyntax} walks the
 * raw syntax tree against an allow-list before Symja sees the text (Symja's own parser already
 * evaluates built-ins it meets, so checking its output would be too late); {@link #check} repeats
 * the walk on Symja's parsed expression; {@link #disableDangerousBuiltins} replaces the evaluators
 * of I/O, network, Java-interop, process and timing built-ins so that they cannot run even if
 * something reaches them another way (a rule inside Symja, a missed case here).
 */
final class Sandbox {

    /**
     * Functions a formula may call. Internal calls (D, Solve, N, TeXForm, ...) are built in Java.
     */
    private static final Set<IBuiltInSymbol> FUNCTIONS =
            Set.of(
                    S.Plus, S.Times, S.Power, S.Sqrt, S.Exp, S.Log, S.Abs, S.Sign, S.Sin, S.Cos,
                    S.Tan, S.Tanh, S.Sinh, S.Cosh, S.ArcTan, S.Sum, S.Product, S.Max, S.Min,
                    S.List);

    private static final Set<IBuiltInSymbol> CONSTANTS = Set.of(S.Pi, S.E);
    private static final Set<IBuiltInSymbol> ITERATORS = Set.of(S.Sum, S.Product);

    /** Built-ins that touch files, network, Java, processes, the environment, or time. */
    private static final List<IBuiltInSymbol> DANGEROUS =
            List.of(
                    S.URLFetch,
                    S.Import,
                    S.ImportString,
                    S.SemanticImport,
                    S.SemanticImportString,
                    S.Export,
                    S.ExportString,
                    S.Get,
                    S.Put,
                    S.Needs,
                    S.BeginPackage,
                    S.ReadString,
                    S.ReadList,
                    S.Read,
                    S.BinaryRead,
                    S.BinaryWrite,
                    S.OpenRead,
                    S.OpenWrite,
                    S.OpenAppend,
                    S.Write,
                    S.WriteString,
                    S.Close,
                    S.CreateDirectory,
                    S.CreateFile,
                    S.FileNames,
                    S.FilePrint,
                    S.FileHash,
                    S.File,
                    S.JavaNew,
                    S.JavaClass,
                    S.JavaObject,
                    S.JavaShow,
                    S.InstallJava,
                    S.LoadJavaClass,
                    S.AddToClassPath,
                    S.Compile,
                    S.CompilePrint,
                    S.Pause,
                    S.SystemDialogInput,
                    S.Quit,
                    S.Exit,
                    S.Print,
                    S.Echo,
                    S.EchoFunction,
                    S.SetSystemOptions,
                    S.ToExpression,
                    S.Symbol,
                    S.Names,
                    S.$HomeDirectory,
                    S.$UserName,
                    S.$Path,
                    S.$BaseDirectory,
                    S.$UserBaseDirectory,
                    S.$TemporaryDirectory,
                    S.$RootDirectory,
                    S.$InputFileName,
                    S.$OperatingSystem,
                    S.$ScriptCommandLine,
                    S.$SystemMemory,
                    S.$Packages);

    /**
     * Deepest function nesting a formula may have. Later stages (Symja's evaluation, the walks
     * here, derivatives, the lambda compiler) recurse once per level on the caller's stack; no spec
     * needs more than a few levels.
     */
    static final int MAX_DEPTH = 100;

    private Sandbox() {}

    /**
     * Finite sizes for Symja's otherwise unlimited results: huge integers, lists and expansions
     * then fail in milliseconds instead of eating memory until the time limit.
     */
    static void configureLimits() {
        Config.MAX_BIT_LENGTH = 1 << 17; // about 40 000 decimal digits
        Config.MAX_AST_SIZE = 20_000;
        Config.MAX_POLYNOMIAL_DEGREE = 500;
        Config.MAX_MATRIX_DIMENSION_SIZE = 100;
        Config.MAX_INPUT_LEAVES = 10_000L;
        Config.MAX_LOOP_COUNT = 100_000L;
        Config.FILESYSTEM_ENABLED = false;
    }

    static void disableDangerousBuiltins() {
        for (IBuiltInSymbol s : DANGEROUS) {
            s.setEvaluator(new Blocked(s.toString()));
        }
    }

    private static final Set<String> FUNCTION_NAMES = names(FUNCTIONS);
    private static final Set<String> CONSTANT_NAMES = Set.of("pi", "e");

    private static Set<String> names(Set<IBuiltInSymbol> symbols) {
        Set<String> names = new HashSet<>();
        symbols.forEach(s -> names.add(s.toString().toLowerCase(Locale.ROOT)));
        return Set.copyOf(names);
    }

    /**
     * Parses {@code text} with Symja's evaluation-free client parser and refuses anything but the
     * allowed functions, constants and variables. Names are matched case-insensitively, as Symja's
     * relaxed syntax does for built-ins.
     */
    static void checkSyntax(String text, List<String> variables) {
        ASTNode root;
        try {
            root = new Parser(true).parse(text);
        } catch (SyntaxError e) {
            String msg =
                    e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new FormulaException(
                    "syntax error in '" + SymjaEngine.shorten(text) + "': " + msg, e);
        }
        walkSyntax(root, new HashSet<>(variables), variables, 0);
    }

    private static void walkSyntax(
            ASTNode n, Set<String> bound, List<String> variables, int depth) {
        if (depth > MAX_DEPTH) {
            throw new FormulaException("formula nested deeper than " + MAX_DEPTH + " levels");
        }
        if (n instanceof FunctionNode f) {
            String head = f.getNode(0) instanceof SymbolNode s ? s.getString() : null;
            if (head == null || !FUNCTION_NAMES.contains(head.toLowerCase(Locale.ROOT))) {
                throw head == null
                        ? new FormulaException(
                                "'" + f.getNode(0) + "' cannot be used as a function")
                        : refusedName(head, "function", variables);
            }
            Set<String> inner = bound;
            boolean iterated = head.equalsIgnoreCase("Sum") || head.equalsIgnoreCase("Product");
            if (iterated) {
                inner = new HashSet<>(bound);
                for (int i = 2; i < f.size(); i++) {
                    if (!(f.getNode(i) instanceof FunctionNode spec)
                            || !"List".equals(spec.getNode(0).getString())
                            || spec.size() < 3
                            || spec.size() > 5
                            || !(spec.getNode(1) instanceof SymbolNode var)) {
                        throw new FormulaException(
                                "iterator of "
                                        + head
                                        + " must look like {i, a, b}: "
                                        + f.getNode(i));
                    }
                    for (int k = 2; k < spec.size(); k++) {
                        walkSyntax(spec.getNode(k), inner, variables, depth + 1);
                    }
                    inner.add(var.getString());
                }
            }
            for (int i = 1; i < (iterated ? 2 : f.size()); i++) {
                walkSyntax(f.getNode(i), inner, variables, depth + 1);
            }
        } else if (n instanceof SymbolNode s) {
            String name = s.getString();
            if (!bound.contains(name) && !name.equals("E") && !name.equalsIgnoreCase("Pi")) {
                throw refusedName(name, "symbol", variables);
            }
        } else if (n instanceof StringNode) {
            throw new FormulaException(
                    "strings are not allowed in formulas: \"" + n.getString() + "\"");
        } else if (!(n instanceof NumberNode)) {
            throw new FormulaException("'" + n + "' is not allowed in formulas");
        }
    }

    private static FormulaException refusedName(String name, String kind, List<String> variables) {
        String builtin = AST2Expr.PREDEFINED_SYMBOLS_MAP.get(name.toLowerCase(Locale.ROOT));
        if (builtin != null || name.startsWith("$")) {
            return new FormulaException(
                    "refused built-in '" + (builtin != null ? builtin : name) + "'");
        }
        return new FormulaException(
                "unknown "
                        + kind
                        + " '"
                        + name
                        + "' (variables: "
                        + String.join(", ", variables)
                        + ")");
    }

    /**
     * Throws when {@code expr} uses anything but the allowed functions, constants and variables.
     */
    static void check(IExpr expr, List<String> variables) {
        walk(expr, new HashSet<>(variables), variables);
    }

    /**
     * An evaluated formula must be real and finite where defined: no I, Infinity, Indeterminate.
     */
    static void checkReal(IExpr evaluated, String text) {
        if (!evaluated.isFree(
                e ->
                        e == S.I
                                || e.isComplex()
                                || e.isComplexNumeric()
                                || e == S.DirectedInfinity
                                || e == S.ComplexInfinity
                                || e == S.Indeterminate,
                true)) {
            throw new FormulaException(
                    "'"
                            + SymjaEngine.shorten(text)
                            + "' is not a real finite formula (it evaluates to "
                            + SymjaEngine.shorten(evaluated.toString())
                            + ")");
        }
    }

    private static void walk(IExpr e, Set<String> bound, List<String> variables) {
        if (e.isAST()) {
            IAST ast = (IAST) e;
            IExpr head = ast.head();
            if (!(head instanceof IBuiltInSymbol b) || !FUNCTIONS.contains(b)) {
                throw refusedHead(head, variables);
            }
            if (ITERATORS.contains(b)) {
                walkIterated(ast, bound, variables);
                return;
            }
            for (int i = 1; i < ast.size(); i++) {
                walk(ast.get(i), bound, variables);
            }
        } else if (e.isSymbol()) {
            ISymbol s = (ISymbol) e;
            if (s instanceof IBuiltInSymbol b) {
                if (!CONSTANTS.contains(b)) {
                    throw new FormulaException("refused built-in '" + b + "'");
                }
            } else if (!bound.contains(s.getSymbolName())) {
                throw new FormulaException(
                        "unknown symbol '"
                                + s.getSymbolName()
                                + "' (variables: "
                                + String.join(", ", variables)
                                + ")");
            }
        } else if (e.isString()) {
            throw new FormulaException("strings are not allowed in formulas: " + e);
        } else if (e.isNumber()) {
            if (!e.isReal()) {
                throw new FormulaException("complex numbers are not allowed in formulas: " + e);
            }
        } else {
            throw new FormulaException("'" + e + "' is not allowed in formulas");
        }
    }

    /** Sum(f, {i, a, b}, ...): the iterator symbols are bound inside f and the later bounds. */
    private static void walkIterated(IAST ast, Set<String> bound, List<String> variables) {
        if (ast.argSize() < 2) {
            throw new FormulaException(ast.head() + " needs a body and an iterator {i, a, b}");
        }
        Set<String> inner = new HashSet<>(bound);
        for (int i = 2; i < ast.size(); i++) {
            IExpr spec = ast.get(i);
            if (!spec.isList()
                    || ((IAST) spec).argSize() < 2
                    || ((IAST) spec).argSize() > 4
                    || !(((IAST) spec).arg1() instanceof ISymbol var)
                    || var instanceof IBuiltInSymbol) {
                throw new FormulaException(
                        "iterator of " + ast.head() + " must look like {i, a, b}: " + spec);
            }
            IAST list = (IAST) spec;
            for (int k = 2; k < list.size(); k++) {
                walk(list.get(k), inner, variables);
            }
            inner.add(var.getSymbolName());
        }
        walk(ast.arg1(), inner, variables);
    }

    private static FormulaException refusedHead(IExpr head, List<String> variables) {
        if (head instanceof IBuiltInSymbol b) {
            return new FormulaException("refused built-in '" + b + "'");
        }
        if (head instanceof ISymbol s) {
            return new FormulaException(
                    "unknown function '"
                            + s.getSymbolName()
                            + "' (variables: "
                            + String.join(", ", variables)
                            + ")");
        }
        return new FormulaException("'" + head + "' cannot be used as a function");
    }

    /**
     * Replaces a built-in's evaluator: every call or symbol lookup fails, whatever the arguments.
     */
    private static final class Blocked extends AbstractFunctionEvaluator
            implements ISymbolEvaluator {
        private final String name;

        Blocked(String name) {
            this.name = name;
        }

        @Override
        public IExpr evaluate(IAST ast, EvalEngine engine) {
            throw refused();
        }

        @Override
        public IExpr evaluate(ISymbol symbol, EvalEngine engine) {
            throw refused();
        }

        @Override
        public IExpr numericEval(ISymbol symbol, EvalEngine engine) {
            throw refused();
        }

        @Override
        public IExpr apfloatEval(ISymbol symbol, EvalEngine engine) {
            throw refused();
        }

        @Override
        public int status() {
            return ISymbolEvaluator.super.status();
        }

        private FormulaException refused() {
            return new FormulaException(
                    "refused built-in '" + name + "' (disabled in the sandbox)");
        }
    }
}
