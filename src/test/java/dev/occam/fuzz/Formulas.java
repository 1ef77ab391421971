package dev.occam.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Formula text: random fragments glued together, and hostile formulas aimed at the sandbox and
 * Symja's limits.
 */
final class Formulas {
    static final List<String> FRAGMENTS =
            List.of(
                    "x",
                    "t",
                    "B",
                    "c",
                    "r",
                    "a",
                    "i",
                    "Pi",
                    "E",
                    "1",
                    "2",
                    "0",
                    "-1",
                    "1/2",
                    "0.5",
                    "1e-3",
                    "1e400",
                    "+",
                    "-",
                    "*",
                    "/",
                    "^",
                    "(",
                    ")",
                    ",",
                    "Sqrt(",
                    "Log(",
                    "Exp(",
                    "Abs(",
                    "Sign(",
                    "Sin(",
                    "Tanh(",
                    "ArcTan(",
                    "Max(",
                    "Min(",
                    "Sum(",
                    "Product(",
                    "{i, 1, 10}",
                    "{",
                    "}",
                    "I",
                    "Infinity",
                    "ComplexInfinity",
                    "Indeterminate",
                    "D(",
                    "Integrate(",
                    "N(",
                    "Hold(",
                    "Function(",
                    "#",
                    "&",
                    "@",
                    "//",
                    "=",
                    ":=",
                    "->",
                    "==",
                    "\"s\"",
                    "x_",
                    "$x",
                    "%",
                    "[",
                    "]",
                    ";",
                    "..",
                    "'",
                    " ",
                    "\\",
                    "Nest(",
                    "Table(",
                    "Do(",
                    "While(",
                    "Print(",
                    "Clear(",
                    "RandomReal(",
                    "Timing(",
                    "sqrt(",
                    "LOG(",
                    "exp(",
                    "pi",
                    "e",
                    "!",
                    "?",
                    "<",
                    ">",
                    "|",
                    "~",
                    "`");

    static final List<String> HOSTILE =
            List.of(
                    "Import(\"/etc/passwd\")",
                    "ReadString(\"/etc/hostname\")",
                    "Run(\"ls\")",
                    "JavaNew(\"java.io.File\", \"/tmp\")",
                    "Export(\"/tmp/occam-fuzz-export\", 1)",
                    "ToExpression(\"1+1\")",
                    "Symbol(\"Run\")",
                    "Get(\"x.m\")",
                    "SystemDialogInput(\"x\")",
                    "Pause(10)",
                    "Names(\"*\")",
                    "$HomeDirectory",
                    "FileNames()",
                    "Compile({x}, x)",
                    "2^(10^9)",
                    "10^10^10",
                    "(x+1)^100000",
                    "Expand((x+1)^1000)",
                    "Factorial(100000)",
                    "100000!",
                    "Sum(1/i, {i, 1, 10^9})",
                    "Product(i, {i, 1, 10^6})",
                    "Sum(i, {i, 1, t})",
                    "x^x^x^x^x^x^x^x",
                    "Exp(Exp(Exp(Exp(Exp(x)))))",
                    "Nest(Sin, x, 10^6)",
                    "Fibonacci(10^7)",
                    "Sin(1)^(2^64)",
                    "1/0",
                    "0/0",
                    "0^0",
                    "Log(0)",
                    "Sqrt(-1)",
                    "I",
                    "Infinity",
                    "Max()",
                    "Max(x)",
                    "Sum(x)",
                    "Sum(x, {})",
                    "Sum(x, {i})",
                    "Sum(x, {1, 2, 3})",
                    "Sum(x, {x, 1, 10})",
                    "Sum(i, {i, 1, 10, 0})",
                    "x == 1",
                    "x = 1",
                    "x := 1",
                    "Clear(x)",
                    "$Version",
                    "#&",
                    "Function(x, x)",
                    "x // N",
                    "{1, 2, 3}",
                    "{x}",
                    "\"x\"",
                    "",
                    " ",
                    "x +",
                    "1e10000",
                    "1e10001",
                    "1e-10001",
                    "0.1e99999",
                    "9^9^9",
                    "N(Pi, 100000)",
                    "E^1000000",
                    "Exp(10^6)",
                    "Tanh(10^9)",
                    "ArcTan(0, 0)",
                    "Log(1, 2)",
                    "Log(-1, 2)",
                    "x^(1/3)",
                    "Sqrt(x)",
                    "-x^2",
                    "x^2*Sin(1/x)",
                    "Max(x, -x)",
                    "Sum(x^i, {i, 1, 500})",
                    "Sum(x^i, {i, 1, 501})",
                    "Product(x+i, {i, 1, 600})",
                    "x*Log(x) - x",
                    "x^4/12 + x^2/2",
                    "Exp(x)",
                    "Cosh(x)",
                    "1/x",
                    "x^2/2",
                    "Abs(x)^3",
                    "Sum(Sum(i*j, {i, 1, 1000}), {j, 1, 1000})",
                    "Sum(x^i/i!, {i, 0, 100000})",
                    "D(x^2, x)",
                    "Integrate(x, x)",
                    "Solve(x == 1, x)",
                    "Apply(Plus, {x})",
                    "x[[1]]",
                    "x /. x -> 2",
                    "Sin(x)^2 + Cos(x)^2 - 1 + x^2",
                    "ArcTan(x, 1)",
                    "Log(2, x)",
                    "x^1e-3",
                    "x^(10^-10000)");

    private Formulas() {}

    static String any(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> Mutation.pick(r, HOSTILE);
            case 1 -> nested(r);
            default -> fragments(r);
        };
    }

    static String fragments(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + r.nextInt(8); i > 0; i--) b.append(Mutation.pick(r, FRAGMENTS));
        return b.toString();
    }

    /** ((((x)))) and friends, from a few levels to far past any recursion limit. */
    static String nested(Random r) {
        int depth = Mutation.pick(r, 10, 100, 1000, 5000, 20000);
        return switch (r.nextInt(4)) {
            case 0 -> "(".repeat(depth) + "x" + ")".repeat(depth);
            case 1 -> "Sqrt(".repeat(depth) + "x" + ")".repeat(depth);
            case 2 -> "x+".repeat(depth) + "x";
            default -> "-".repeat(depth) + "x";
        };
    }

    /**
     * A rate law: usually sensible, sometimes with many constants (the fit tries four starts per
     * constant) or hostile.
     */
    static String law(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> "c*r^t";
            case 1 -> "c/t^a";
            case 2 -> "a*Log(t) + b";
            case 3 -> "c/(Log(t) + d)^2";
            case 4 -> "a*b*c*d*e2*f*g*h*k*m*r^t";
            case 5 -> "c";
            case 6 -> "t";
            default -> any(r);
        };
    }
}
