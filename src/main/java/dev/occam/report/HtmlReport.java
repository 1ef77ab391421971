package dev.occam.report;

import static dev.occam.report.ClaimFigures.plain;
import static dev.occam.report.ClaimFigures.text;
import static dev.occam.report.Html.esc;

import dev.occam.certify.Scope;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.PredictionResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A spec's page {@code <id>.html}: the same content as {@link MarkdownReport}, for a browser. It
 * leads with what decided the verdict (the counterexample of a failing spec, the open claims of an
 * inconclusive one), then the statement, the prediction with its certificate and preconditions, the
 * derived objects as MathML, every sweep point and claim, the checker's tables and the plots.
 */
public final class HtmlReport {
    private static final int SHOWN_ENTRIES = 8, SHOWN_CHARS = 18;

    private HtmlReport() {}

    public static String render(SpecResult r, List<Plots.Plot> plots) {
        StringBuilder b = new StringBuilder();
        String title = r.title() == null || r.title().isBlank() ? r.id() : r.title();
        Html.begin(b, title + " – occam");
        b.append("<p class=\"meta\"><a href=\"index.html\">← all specs</a> · <a href=\"")
                .append(Html.href(r.id() + ".md"))
                .append("\">Markdown</a> · <a href=\"")
                .append(Html.href(r.id() + ".json"))
                .append("\">JSON</a></p>\n");
        b.append("<h1>").append(esc(title)).append("</h1>\n");
        b.append("<p class=\"meta\"><span>")
                .append(Html.badge(r.verdict()))
                .append(' ')
                .append(
                        r.asExpected()
                                ? "<span class=\"yes\">as expected</span>"
                                : "<span class=\"no\">NOT as expected</span>")
                .append("</span><span>spec <code>")
                .append(esc(r.id()))
                .append("</code> (")
                .append(esc(r.file()))
                .append(")</span>")
                .append("<span>expected: ")
                .append(esc(nonNull(r.expect())))
                .append("</span></p>\n");
        b.append("<p class=\"meta\"><span>source: ")
                .append(esc(nonNull(r.source())))
                .append("</span><span>precision: ")
                .append(r.precision())
                .append(" digits")
                .append(r.tier() == null ? "" : " (" + esc(r.tier()) + ")")
                .append("</span><span>")
                .append(String.format(Locale.ROOT, "time: %.2f s", r.seconds()))
                .append("</span></p>\n");
        verdict(b, r);
        if (r.statement() != null && !r.statement().isBlank()) {
            b.append("<h2 id=\"statement\">Statement</h2>\n<blockquote>")
                    .append(lines(r.statement().strip()))
                    .append("</blockquote>\n");
        }
        prediction(b, r.prediction());
        derived(b, r.derived());
        points(b, r.points());
        List<Table> tables = new ArrayList<>(LimitTables.of(r));
        tables.addAll(KktTables.of(r));
        for (Table t : tables) {
            b.append("<h2>").append(esc(t.title())).append("</h2>\n");
            table(b, t.header(), t.rows());
        }
        if (!plots.isEmpty()) {
            b.append("<h2 id=\"plots\">Plots</h2>\n");
            for (Plots.Plot p : plots) {
                b.append("<figure><img src=\"")
                        .append(Html.href(p.fileName()))
                        .append("\" alt=\"")
                        .append(esc(p.title()))
                        .append("\" width=\"800\" height=\"500\" /><figcaption>")
                        .append(esc(p.title()))
                        .append("</figcaption></figure>\n");
            }
        }
        Html.end(b);
        return b.toString();
    }

    /**
     * The verdict and, unless it holds, every claim that decided it: the counterexample, or the
     * open claims.
     */
    private static void verdict(StringBuilder b, SpecResult r) {
        boolean fails = r.verdict() == Verdict.FAILS;
        boolean open = r.verdict() != Verdict.HOLDS && !fails;
        b.append(
                fails
                        ? "<section id=\"counterexample\" class=\"counterexample\">\n<h2>Counterexample</h2>\n"
                        : open
                                ? "<section id=\"verdict\" class=\"open\">\n<h2>Why "
                                        + esc(String.valueOf(r.verdict())).toLowerCase(Locale.ROOT)
                                        + "</h2>\n"
                                : "<section id=\"verdict\">\n<h2>Verdict</h2>\n");
        b.append("<p>").append(Html.badge(r.verdict()));
        if (r.message() != null) b.append(' ').append(esc(r.message()));
        b.append("</p>\n");
        if ((fails || open) && r.points() != null) {
            Verdict decisive = fails ? Verdict.FAILS : null;
            StringBuilder rows = new StringBuilder();
            for (int k = 0; k < r.points().size(); k++) {
                PointResult p = r.points().get(k);
                for (ClaimResult c : claims(p)) {
                    if (decisive != null ? c.verdict() != decisive : c.verdict() == Verdict.HOLDS)
                        continue;
                    // without a bound on how far the run's limit is from the measured value there
                    // is no gap to show
                    String gap = fails && c.bound() != null ? MarkdownReport.certifiedGap(c) : null;
                    rows.append("<tr><td class=\"num\">")
                            .append(k + 1)
                            .append("</td><td>")
                            .append(esc(params(p)))
                            .append("</td><td><code>")
                            .append(esc(c.label()))
                            .append("</code> ")
                            .append(Html.badge(c.verdict()))
                            .append("</td>")
                            .append(valueCell(plain(c.measured())))
                            .append(valueCell(plain(c.predicted())))
                            .append(numCell(text(c.error())))
                            .append(numCell(text(c.bound())))
                            .append(
                                    fails
                                            ? "<td class=\"num gap\">"
                                                    + esc(gap == null ? "–" : gap)
                                                    + "</td>"
                                            : "")
                            .append(numCell(c.tolerance()))
                            .append("<td class=\"why\">")
                            .append(why(c))
                            .append("</td></tr>\n");
                }
            }
            if (rows.length() > 0) {
                b.append(
                                "<div class=\"scroll\"><table>\n<thead><tr><th>#</th><th>sweep point</th><th>claim</th><th>measured</th>")
                        .append("<th>predicted</th><th>error</th><th>bound</th>")
                        .append(fails ? "<th>gap</th>" : "")
                        .append("<th>tolerance</th><th>why</th></tr></thead>\n<tbody>\n")
                        .append(rows)
                        .append("</tbody></table></div>\n");
                if (fails) {
                    b.append(
                                    "<p class=\"meta\">The run's limit lies within <em>bound</em> of <em>measured</em>, which is <em>error</em> ")
                            .append(
                                    "away from the prediction: the limit misses the prediction by at least the gap = error − bound, as surely as the ")
                            .append(
                                    "bound's evidence (in <em>why</em>) says: proved bounds prove it, estimates extrapolate the run.</p>\n");
                }
            }
        }
        b.append("</section>\n");
    }

    private static void prediction(StringBuilder b, PredictionResult p) {
        if (p == null) return;
        b.append("<h2 id=\"prediction\">Prediction</h2>\n<p>Kind: <code>")
                .append(esc(p.kind()))
                .append("</code></p>\n");
        if (p.exact() != null)
            b.append("<p class=\"exact\">Exact: <code>")
                    .append(esc(p.exact()))
                    .append("</code></p>\n");
        if (p.value() != null && !p.value().isEmpty()) {
            b.append("<p>Value:</p>\n<pre>")
                    .append(esc(String.join("\n", p.value())))
                    .append("</pre>\n");
        }
        if (p.certificate() != null && !p.certificate().isEmpty()) {
            b.append("<h3>Certificate</h3>\n");
            table(
                    b,
                    List.of("check", "value"),
                    JsonWriter.ordered(p.certificate()).entrySet().stream()
                            .map(e -> List.of(e.getKey(), nonNull(e.getValue())))
                            .toList());
        }
        List<String> preconditions = Preconditions.of(p);
        if (!preconditions.isEmpty()) {
            b.append("<h3>Preconditions</h3>\n<ul>\n");
            preconditions.forEach(c -> b.append("<li>").append(esc(c)).append("</li>\n"));
            b.append("</ul>\n");
        }
    }

    /** Each derived object as rendered MathML when it has acceptable MathML, else its text form. */
    private static void derived(StringBuilder b, Map<String, Map<String, String>> derived) {
        if (derived == null || derived.isEmpty()) return;
        b.append("<h2 id=\"derived\">Derived</h2>\n<dl class=\"derived\">\n");
        JsonWriter.ordered(derived)
                .forEach(
                        (name, forms) -> {
                            b.append("<dt>").append(esc(name)).append("</dt>\n<dd>");
                            String math =
                                    forms == null ? null : Html.safeMathMl(forms.get("mathml"));
                            String text = forms == null ? null : forms.get("text");
                            if (math != null) {
                                b.append(math);
                                if (text != null)
                                    b.append("<div class=\"plaintext\">text: <code>")
                                            .append(esc(text))
                                            .append("</code></div>");
                            } else if (text != null) {
                                b.append("<code>").append(esc(text)).append("</code>");
                            } else if (forms != null && forms.get("tex") != null) {
                                b.append("<code>").append(esc(forms.get("tex"))).append("</code>");
                            } else {
                                b.append("–");
                            }
                            b.append("</dd>\n");
                        });
        b.append("</dl>\n");
    }

    private static void points(StringBuilder b, List<PointResult> points) {
        if (points == null || points.isEmpty()) return;
        b.append(
                        "<h2 id=\"points\">Sweep points</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>#</th><th>parameters</th>")
                .append(
                        "<th>iterations</th><th>verdict</th><th>claim</th><th>claim verdict</th><th>measured</th>")
                .append(
                        "<th>predicted</th><th>error</th><th>bound</th><th>tolerance</th></tr></thead>\n<tbody>\n");
        for (int k = 0; k < points.size(); k++) {
            PointResult p = points.get(k);
            List<ClaimResult> claims = claims(p);
            int span = Math.max(1, claims.size());
            String rs = span > 1 ? " rowspan=\"" + span + "\"" : "";
            b.append("<tr><td class=\"num\"")
                    .append(rs)
                    .append('>')
                    .append(k + 1)
                    .append("</td><td")
                    .append(rs)
                    .append('>')
                    .append(esc(params(p)))
                    .append("</td><td class=\"num\"")
                    .append(rs)
                    .append('>')
                    .append(p.iterations())
                    .append("<div class=\"plaintext\">")
                    .append(esc(nonNull(p.stopped())))
                    .append("</div></td><td")
                    .append(rs)
                    .append('>')
                    .append(Html.badge(p.verdict()))
                    .append("</td>");
            if (claims.isEmpty()) b.append("<td colspan=\"7\">no claims</td></tr>\n");
            for (int j = 0; j < claims.size(); j++) {
                ClaimResult c = claims.get(j);
                if (j > 0) b.append("<tr>");
                b.append("<td><code>")
                        .append(esc(c.label()))
                        .append("</code></td><td class=\"why narrow\">")
                        .append(Html.badge(c.verdict()))
                        .append("<div class=\"plaintext\">")
                        .append(why(c))
                        .append("</div></td>")
                        .append(valueCell(plain(c.measured())))
                        .append(valueCell(plain(c.predicted())))
                        .append(numCell(text(c.error())))
                        .append(numCell(text(c.bound())))
                        .append(numCell(c.tolerance()))
                        .append("</tr>\n");
            }
        }
        b.append("</tbody></table></div>\n");
    }

    private static void table(StringBuilder b, List<String> header, List<List<String>> rows) {
        b.append("<div class=\"scroll\"><table>\n<thead><tr>");
        if (header != null) header.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        if (rows != null) {
            for (List<String> row : rows) {
                b.append("<tr>");
                row.forEach(
                        c ->
                                b.append("<td class=\"wrap\">")
                                        .append(esc(nonNull(c)))
                                        .append("</td>"));
                b.append("</tr>\n");
            }
        }
        b.append("</tbody></table></div>\n");
    }

    /**
     * Vectors shown one entry per line; decimals longer than {@link #SHOWN_CHARS} shortened (the
     * full value in the tooltip and the JSON).
     */
    private static String valueCell(Object v) {
        if (!(v instanceof List<?> list))
            return "<td class=\"num\">" + number(v == null ? "–" : String.valueOf(v)) + "</td>";
        StringBuilder b = new StringBuilder("<td class=\"num\">");
        for (int i = 0; i < Math.min(list.size(), SHOWN_ENTRIES); i++) {
            if (i > 0) b.append("<br />");
            b.append(number(String.valueOf(list.get(i))));
        }
        if (list.size() > SHOWN_ENTRIES)
            b.append("<br />… ").append(list.size()).append(" entries");
        return b.append("</td>").toString();
    }

    private static String number(String s) {
        if (s.length() <= SHOWN_CHARS) return esc(s);
        return "<span title=\""
                + esc(s)
                + "\">"
                + esc(s.substring(0, SHOWN_CHARS - 1))
                + "…</span>";
    }

    /** The claim's evidence grade and scope, its message, and the premises of the verdict. */
    private static String why(ClaimResult c) {
        String m = c.message() == null ? "" : esc(c.message());
        if (c.decided()) {
            m =
                    "<strong>evidence: "
                            + esc(c.evidence().word())
                            + "</strong>"
                            + (c.scope() == Scope.OUTSIDE_HYPOTHESES
                                    ? " <strong>(outside the theorem's hypotheses)</strong>"
                                    : "")
                            + (m.isEmpty() ? "" : "<br />" + m);
        }
        if (c.certifiedBy() == null) return m.isEmpty() ? "–" : m;
        return m + (m.isEmpty() ? "" : "<br />") + "<em>premises:</em> " + esc(c.certifiedBy());
    }

    private static String numCell(String s) {
        return "<td class=\"num\">" + number(nonNull(s)) + "</td>";
    }

    /** Text with line breaks kept (as {@code <br />}). */
    private static String lines(String s) {
        return esc(s).replaceAll("\\R", "<br />\n");
    }

    private static String params(PointResult p) {
        return p.parameters() == null || p.parameters().isEmpty()
                ? "(single run)"
                : Plots.parameters(p.parameters());
    }

    private static List<ClaimResult> claims(PointResult p) {
        return p.claims() == null ? List.of() : p.claims();
    }

    private static String nonNull(String s) {
        return s == null || s.isEmpty() ? "–" : s;
    }
}
