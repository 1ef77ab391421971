package dev.occam.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.certify.Evidence;
import dev.occam.check.CheckOptions;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.plan.Planner;
import dev.occam.result.LimitTable;
import dev.occam.result.SpecIdentity;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Symbolic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

class HtmlReportTest {
    private static final String MATHML =
            "<math mode=\"display\">\n<mrow><mi>log</mi><mo>&#x2061;</mo><mo>(</mo><mi>x</mi>"
                    + "<mo>)</mo></mrow></math>";
    private static final Pattern URL_ATTRIBUTE =
            Pattern.compile(
                    "\\b(?:src|href|action|data|poster|srcset)\\s*=\\s*[\"']?([^\"'\\s>]*)",
                    Pattern.CASE_INSENSITIVE);

    @TempDir Path tmp;

    private List<SpecResult> sample() {
        SpecResult holds = SampleResults.holds("gd");
        Map<String, Map<String, String>> derived = new LinkedHashMap<>();
        derived.put(
                "phi'(x) (mirror map)",
                Map.of("text", "Log(x)", "tex", "\\log (x)", "mathml", MATHML));
        derived.put("(phi')^-1(y)", Map.of("text", "numeric: Newton <solve>"));
        holds =
                new SpecResult(
                        holds.spec(),
                        holds.verdict(),
                        holds.asExpected(),
                        holds.seconds(),
                        holds.message(),
                        holds.prediction(),
                        holds.points(),
                        holds.precision(),
                        holds.tier(),
                        derived,
                        holds.limits(),
                        holds.series());
        SpecResult fails = SampleResults.fails("adam");
        SpecResult evil =
                new SpecResult(
                        new SpecIdentity(
                                "evil",
                                "theorems/evil.yaml",
                                "<script>alert('x')</script> & \"quotes\"",
                                "<img src=\"x.png\" onerror=\"alert(1)\">",
                                "line 1\nline <b>2</b>\u0007",
                                "holds",
                                "<family>",
                                java.util.List.of()),
                        Verdict.INCONCLUSIVE,
                        false,
                        1.0,
                        "budget <exhausted> & more\u0000",
                        fails.prediction(),
                        fails.points(),
                        16,
                        null,
                        Map.of(
                                "bad",
                                Map.of(
                                        "text",
                                        "fallback <text>",
                                        "mathml",
                                        "<math><mi onclick=\"alert(1)\">x</mi></math>"),
                                "scripted",
                                Map.of(
                                        "text",
                                        "t2",
                                        "mathml",
                                        "<math><script>alert(1)</script></math>"),
                                "linked",
                                Map.of(
                                        "text",
                                        "t3",
                                        "mathml",
                                        "<math><mi href=\"https://evil.example\">x</mi></math>"),
                                "foreign",
                                Map.of(
                                        "text",
                                        "t4",
                                        "mathml",
                                        "<math><mtext><img src=\"x.png\"/></mtext></math>"),
                                "broken",
                                Map.of("text", "t5", "mathml", "<math><mi>x</mi>")),
                        new LimitTable(
                                List.of("a&b"),
                                List.of(
                                        new LimitTable.Point(
                                                1, List.of("<i>"), null, 1, Evidence.NONE, null)),
                                List.of()),
                        List.of());
        return List.of(holds, fails, evil);
    }

    @Test
    void everyPageIsWellFormedXhtmlAndEveryLinkResolvesAndNothingIsExternal() throws Exception {
        ReportWriter.write(tmp, sample());
        assertThat(assertSite(tmp))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("adam.html", "evil.html", "gd.html", "index.html");
    }

    @Test
    void realReportsOfACounterexampleAndAMirrorMapSpecAreASite() throws Exception {
        var loader =
                new SpecLoader(
                        text -> {
                            try {
                                return Symbolic.get().number(text, Duration.ofSeconds(5));
                            } catch (FormulaException e) {
                                throw new IllegalArgumentException(e.getMessage(), e);
                            }
                        });
        var checker = new Checker(CheckOptions.defaults());
        List<SpecResult> results =
                Stream.of(
                                "counterexamples/steepest-descent-l43-step-size.yaml",
                                "theorems/mirror-descent-user-potential.yaml")
                        .map(
                                f ->
                                        checker.check(
                                                Planner.plan(loader.load(Path.of(f))),
                                                Progress.NONE))
                        .toList();
        ReportWriter.write(tmp, results);
        assertThat(assertSite(tmp)).hasSize(3);
        Document mirror =
                parse(Files.readString(tmp.resolve("mirror-descent-user-potential.html")));
        long withMathMl =
                results.get(1).derived().values().stream()
                        .filter(f -> f.get("mathml") != null)
                        .count();
        assertThat(withMathMl).isPositive();
        assertThat(mirror.getElementsByTagName("math").getLength()).isEqualTo((int) withMathMl);
        assertThat(mirror.getElementsByTagName("img").getLength()).isPositive();
        String l43 = Files.readString(tmp.resolve("steepest-descent-l43-step-size.html"));
        assertThat(l43.indexOf("id=\"counterexample\""))
                .isPositive()
                .isLessThan(l43.indexOf("id=\"prediction\""));
    }

    /** Checks every page in the folder and returns them. */
    static List<Path> assertSite(Path tmp) throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.list(tmp)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String html = Files.readString(page);
            assertThat(html).as(page.toString()).startsWith("<!DOCTYPE html>");
            Document doc = parse(html);
            for (String[] tagAttr :
                    new String[][] {
                        {"img", "src"}, {"a", "href"}, {"script", "src"}, {"link", "href"}
                    }) {
                NodeList nodes = doc.getElementsByTagName(tagAttr[0]);
                for (int i = 0; i < nodes.getLength(); i++) {
                    String ref = ((Element) nodes.item(i)).getAttribute(tagAttr[1]);
                    if (ref.isEmpty() || ref.startsWith("#")) continue;
                    assertThat(ref)
                            .as(page + ": " + ref)
                            .doesNotContain(":")
                            .doesNotStartWith("/")
                            .doesNotStartWith("//");
                    String file =
                            URLDecoder.decode(ref.replaceAll("#.*", ""), StandardCharsets.UTF_8);
                    assertThat(tmp.resolve(file)).as(page + " links " + ref).isRegularFile();
                }
            }
            assertThat(doc.getElementsByTagName("link").getLength())
                    .as("no external stylesheets")
                    .isZero();
            NodeList scripts = doc.getElementsByTagName("script");
            for (int i = 0; i < scripts.getLength(); i++)
                assertThat(((Element) scripts.item(i)).hasAttribute("src")).isFalse();
            Matcher m = URL_ATTRIBUTE.matcher(html);
            while (m.find())
                assertThat(m.group(1))
                        .as(page + ": " + m.group())
                        .doesNotContainPattern("^[A-Za-z][A-Za-z0-9+.-]*:");
            NodeList all = doc.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                var attrs = all.item(i).getAttributes();
                for (int j = 0; j < attrs.getLength(); j++) {
                    String name = attrs.item(j).getNodeName().toLowerCase(Locale.ROOT);
                    String value = attrs.item(j).getNodeValue();
                    assertThat(name).as(page.toString()).doesNotStartWith("on");
                    if (name.matches(
                            "src|href|action|data|poster|srcset|xlink:href|background|formaction")) {
                        assertThat(value)
                                .as(page + ": " + name)
                                .doesNotContainPattern("^\\s*[A-Za-z][A-Za-z0-9+.-]*:");
                    }
                    if (name.equals("style")) assertThat(value).doesNotContain("url(");
                }
            }
            assertThat(html)
                    .as(page.toString())
                    .doesNotContainPattern("(?i)https?://")
                    .doesNotContain("@import")
                    .doesNotContain("url(");
        }
        return pages;
    }

    @Test
    void untrustedTextIsEscapedAndOnlySafeMathMlIsEmbedded() throws Exception {
        ReportWriter.write(tmp, sample());
        String html = Files.readString(tmp.resolve("evil.html"));
        assertThat(html)
                .doesNotContain("<script>alert")
                .contains(
                        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
                .doesNotContain(" onerror=\"")
                .contains("onerror=&quot;alert(1)&quot;")
                .doesNotContain("onclick")
                .doesNotContain("<img src=\"x.png\"")
                .contains("fallback &lt;text&gt;")
                .contains("<code>t2</code>")
                .contains("<code>t3</code>")
                .contains("<code>t4</code>")
                .contains("<code>t5</code>")
                .doesNotContain("evil.example");
        Document doc = parse(html);
        assertThat(doc.getElementsByTagName("math").getLength())
                .as("only the link-stripped one")
                .isEqualTo(1);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        String index = Files.readString(tmp.resolve("index.html"));
        assertThat(index).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        assertThat(parse(index).getElementsByTagName("script").getLength()).isEqualTo(1);
    }

    @Test
    void derivedObjectsAreRenderedAsMathMl() throws Exception {
        ReportWriter.write(tmp, sample());
        Document doc = parse(Files.readString(tmp.resolve("gd.html")));
        NodeList math = doc.getElementsByTagName("math");
        assertThat(math.getLength()).isEqualTo(1);
        Element m = (Element) math.item(0);
        assertThat(m.getAttribute("display")).isEqualTo("block");
        assertThat(m.getTextContent()).contains("log").contains("\u2061");
        assertThat(Files.readString(tmp.resolve("gd.html")))
                .contains("numeric: Newton &lt;solve&gt;");
    }

    @Test
    void counterexampleLeadsThePage() throws Exception {
        ReportWriter.write(tmp, sample());
        String html = Files.readString(tmp.resolve("adam.html"));
        int counterexample = html.indexOf("id=\"counterexample\"");
        assertThat(counterexample).isPositive();
        assertThat(counterexample)
                .isLessThan(html.indexOf("id=\"statement\""))
                .isLessThan(html.indexOf("id=\"prediction\""))
                .isLessThan(html.indexOf("id=\"points\""));
        String section = html.substring(counterexample, html.indexOf("</section>", counterexample));
        assertThat(section)
                .contains("algorithm.step = 0.1")
                .contains("0.75")
                .contains("0.5")
                .contains("<th>gap</th>")
                .contains("evidence: proved-bound")
                .contains("0.25")
                .contains("duality gap");
        assertThat(Files.readString(tmp.resolve("gd.html")))
                .doesNotContain("id=\"counterexample\"");
    }

    @Test
    void indexListsEverySpecWithFamilyVerdictAndFilters() throws Exception {
        ReportWriter.write(tmp, sample());
        Document doc = parse(Files.readString(tmp.resolve("index.html")));
        NodeList rows =
                ((Element) doc.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
        assertThat(rows.getLength()).isEqualTo(3);
        List<String> verdicts = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++)
            verdicts.add(((Element) rows.item(i)).getAttribute("data-verdict"));
        assertThat(verdicts).containsExactly("HOLDS", "FAILS", "INCONCLUSIVE");
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text)
                .contains("3 specs: 2 as expected, 1 not")
                .contains("least-squares")
                .contains("classification");
        NodeList inputs = doc.getElementsByTagName("input");
        assertThat(inputs.getLength()).isEqualTo(4 + 2);
    }

    @Test
    void mathMlSanitizer() {
        assertThat(Html.safeMathMl(MATHML))
                .isEqualTo(
                        "<math display=\"block\">\n<mrow><mi>log</mi><mo>\u2061</mo><mo>(</mo>"
                                + "<mi>x</mi><mo>)</mo></mrow></math>");
        assertThat(Html.safeMathMl("<math><mi>a&lt;b</mi></math>"))
                .isEqualTo("<math><mi>a&lt;b</mi></math>");
        assertThat(Html.safeMathMl("<math><mi style=\"x\" mathvariant=\"bold\">a</mi></math>"))
                .isEqualTo("<math><mi mathvariant=\"bold\">a</mi></math>");
        assertThat(
                        Html.safeMathMl(
                                "<!DOCTYPE math [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><math>&x;</math>"))
                .isNull();
        assertThat(Html.safeMathMl("<math><mi ONCLICK =\"x\">a</mi></math>")).isNull();
        assertThat(Html.safeMathMl("<math><maction actiontype=\"x\">a</maction></math>")).isNull();
        assertThat(Html.safeMathMl("<svg><math/></svg>")).isNull();
        assertThat(Html.safeMathMl(null)).isNull();
    }

    static Document parse(String html) throws Exception {
        // the doctype is HTML5's, which a strict XML parser with DOCTYPEs refused would reject; it
        // carries no DTD
        assertThat(html).startsWith("<!DOCTYPE html>\n");
        var db = Html.parser();
        return db.parse(
                new ByteArrayInputStream(
                        html.substring("<!DOCTYPE html>\n".length())
                                .getBytes(StandardCharsets.UTF_8)));
    }
}
