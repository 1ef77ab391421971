package dev.occam.report;

import static dev.occam.report.Html.esc;

import dev.occam.certify.Evidence;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code index.html}: the summary line, timings, and the verdict table with client-side filters (a
 * checkbox per verdict, "only not as expected", a text filter) and sortable columns. The script is
 * inline and plain; the page works without it (all rows shown).
 */
public final class HtmlIndex {
    private HtmlIndex() {}

    public static String render(List<SpecResult> results) {
        StringBuilder b = new StringBuilder();
        Html.begin(b, "occam results");
        Summary s = Summary.of(results);
        double total = results.stream().mapToDouble(SpecResult::seconds).sum();
        double slowest = results.stream().mapToDouble(SpecResult::seconds).max().orElse(0);
        b.append("<h1>occam results</h1>\n<p><strong>")
                .append(esc(s.line()))
                .append("</strong></p>\n");
        b.append("<p class=\"meta\">")
                .append(String.format(Locale.ROOT, "checking time: %.2f s in total", total));
        results.stream()
                .max(Comparator.comparingDouble(SpecResult::seconds))
                .ifPresent(
                        r ->
                                b.append(
                                        String.format(
                                                Locale.ROOT,
                                                ", slowest %s (%.2f s)",
                                                esc(r.id()),
                                                r.seconds())));
        b.append(" · <a href=\"index.md\">Markdown</a></p>\n");

        b.append("<form class=\"filters\" id=\"filters\" action=\"#\">\n<strong>Show</strong> ");
        for (Verdict v : Verdict.values()) {
            long n = results.stream().filter(r -> r.verdict() == v).count();
            b.append("<label><input type=\"checkbox\" name=\"verdict\" value=\"")
                    .append(v)
                    .append("\" checked=\"checked\" /> ")
                    .append(Html.badge(v))
                    .append(" (")
                    .append(n)
                    .append(")</label>");
        }
        b.append("<label><input type=\"checkbox\" id=\"unexpected\" /> only not as expected (")
                .append(s.notAsExpected())
                .append(
                        ")</label>\n<label>filter <input type=\"search\" id=\"text\" placeholder=\"id, family, message…\" /></label>")
                .append("<span id=\"shown\"></span>\n</form>\n");

        b.append("<div class=\"scroll\"><table id=\"results\">\n<thead><tr>")
                .append(th("spec", "text"))
                .append(th("family", "text"))
                .append(th("expected", "text"))
                .append(th("verdict", "text"))
                .append(th("evidence", "text"))
                .append(th("as expected", "text"))
                .append(th("seconds", "num"))
                .append(th("message", "text"))
                .append("<th>report</th></tr></thead>\n<tbody>\n");
        for (SpecResult r : results) {
            String family = nonNull(r.family());
            String text =
                    String.join(
                                    " ",
                                    r.id(),
                                    family,
                                    nonNull(r.title()),
                                    nonNull(r.message()),
                                    nonNull(r.file()))
                            .toLowerCase(Locale.ROOT);
            double width = slowest > 0 ? 3.5 * r.seconds() / slowest : 0;
            b.append("<tr data-verdict=\"")
                    .append(r.verdict())
                    .append("\" data-expected=\"")
                    .append(r.asExpected())
                    .append("\" data-text=\"")
                    .append(esc(text))
                    .append("\">")
                    .append("<td class=\"spec\"><a href=\"")
                    .append(Html.href(r.id() + ".html"))
                    .append("\">")
                    .append(esc(r.id()))
                    .append("</a>")
                    .append(
                            r.title() == null
                                    ? ""
                                    : "<div class=\"plaintext\">" + esc(r.title()) + "</div>")
                    .append("</td>")
                    .append("<td>")
                    .append(esc(family))
                    .append("</td><td>")
                    .append(esc(nonNull(r.expect())))
                    .append("</td>")
                    .append("<td data-key=\"")
                    .append(r.verdict())
                    .append("\">")
                    .append(Html.badge(r.verdict()))
                    .append("</td>")
                    .append("<td>")
                    .append(r.evidence() == Evidence.NONE ? "–" : esc(r.evidence().word()))
                    .append("</td>")
                    .append(
                            r.asExpected()
                                    ? "<td class=\"yes\">yes</td>"
                                    : "<td class=\"no\">no</td>")
                    .append("<td class=\"num\" data-key=\"")
                    .append(String.format(Locale.ROOT, "%.6f", r.seconds()))
                    .append("\">")
                    .append(
                            String.format(
                                    Locale.ROOT,
                                    "<span class=\"bar\" style=\"width: %.2fem\"></span>%.2f",
                                    width,
                                    r.seconds()))
                    .append("</td><td class=\"message\">")
                    .append(esc(nonNull(r.message())))
                    .append("</td>")
                    .append("<td class=\"links\"><a href=\"")
                    .append(Html.href(r.id() + ".html"))
                    .append("\">html</a> · <a href=\"")
                    .append(Html.href(r.id() + ".md"))
                    .append("\">md</a> · <a href=\"")
                    .append(Html.href(r.id() + ".json"))
                    .append("\">json</a></td></tr>\n");
        }
        b.append("</tbody></table></div>\n");
        b.append("<script>//<![CDATA[\n").append(SCRIPT).append("//]]></script>\n");
        Html.end(b);
        return b.toString();
    }

    private static String th(String label, String type) {
        return "<th class=\"sortable\" data-type=\""
                + type
                + "\" title=\"sort\">"
                + esc(label)
                + "</th>";
    }

    /** Written without '<' and '&' so that the page stays XML even outside the CDATA section. */
    private static final String SCRIPT =
            """
            (function () {
              var table = document.getElementById('results');
              var rows = Array.prototype.slice.call(table.tBodies[0].rows);
              var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name=verdict]'));
              var unexpected = document.getElementById('unexpected');
              var text = document.getElementById('text');
              var shown = document.getElementById('shown');
              function apply() {
                var on = {};
                boxes.forEach(function (b) { on[b.value] = b.checked; });
                var q = text.value.trim().toLowerCase();
                var n = 0;
                rows.forEach(function (r) {
                  var show = on[r.dataset.verdict] === true;
                  if (show) show = !unexpected.checked || r.dataset.expected === 'false';
                  if (show) show = q === '' || r.dataset.text.indexOf(q) !== -1;
                  r.classList.toggle('hidden', !show);
                  if (show) n++;
                });
                shown.textContent = ' ' + n + ' of ' + rows.length + ' shown';
              }
              boxes.forEach(function (b) { b.addEventListener('change', apply); });
              unexpected.addEventListener('change', apply);
              text.addEventListener('input', apply);
              document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
              Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
                if (!th.classList.contains('sortable')) return;
                th.addEventListener('click', function () {
                  var dir = th.dataset.dir === 'asc' ? -1 : 1;
                  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (o) { delete o.dataset.dir; });
                  th.dataset.dir = dir === 1 ? 'asc' : 'desc';
                  function key(r) {
                    var c = r.cells[col];
                    return c.dataset.key !== undefined ? c.dataset.key : c.textContent.trim();
                  }
                  rows.sort(function (a, b) {
                    var x = key(a), y = key(b);
                    if (th.dataset.type === 'num') return dir * (parseFloat(x) - parseFloat(y));
                    return dir * x.localeCompare(y);
                  });
                  rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
                });
              });
              apply();
            })();
            """;

    private static String nonNull(String s) {
        return s == null || s.isEmpty() ? "–" : s;
    }
}
