package dev.occam.report;

import dev.occam.result.Verdict;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * Shared pieces of the HTML report pages: escaping, the page shell with its inline style, and the
 * MathML sanitizer. Pages are XHTML-compatible HTML5 (every tag closed, every special character
 * escaped) so that a strict XML parser reads them, and they reference nothing outside the report
 * folder: no scripts, styles or fonts from the network.
 *
 * <p>Specs are untrusted and their text (titles, statements, messages) ends up here, so every piece
 * of text goes through {@link #esc}. The only markup taken from a result is MathML, and that is
 * parsed and rebuilt from an allow-list of MathML elements and attributes.
 */
final class Html {
    private Html() {}

    /**
     * Escapes text for element content and attribute values; drops characters XML does not allow.
     */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
                    if (c == 0xFFFE || c == 0xFFFF) continue;
                    if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c)
                                && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        }
                        continue; // a lone surrogate is not a character
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /**
     * A relative link to a file written next to the page: every byte outside [A-Za-z0-9._-]
     * percent-encoded.
     */
    static String href(String fileName) {
        StringBuilder b = new StringBuilder();
        for (byte x : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))
                b.append(c);
            else b.append('%').append(String.format(Locale.ROOT, "%02X", x & 0xff));
        }
        return b.toString();
    }

    static String verdictClass(Verdict v) {
        return v == null ? "v-none" : "v-" + v.name().toLowerCase(Locale.ROOT);
    }

    static String badge(Verdict v) {
        return "<span class=\"badge "
                + verdictClass(v)
                + "\">"
                + esc(String.valueOf(v))
                + "</span>";
    }

    /** Opens a page: doctype, head with the inline style, body. Close with {@link #end}. */
    static void begin(StringBuilder b, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append(
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>")
                .append(esc(title))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
    }

    static void end(StringBuilder b) {
        b.append("</body>\n</html>\n");
    }

    private static final String STYLE =
            """
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5em auto; max-width: 1400px; padding: 0 1em; color: #1b1f24; line-height: 1.45; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { font-size: 1.25em; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; margin-top: 1.6em; }
            a { color: #0550ae; }
            code, pre, .num { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
            pre { background: #f6f8fa; padding: 0.6em; overflow-x: auto; }
            table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.92em; }
            th, td { border: 1px solid #d0d7de; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
            th { background: #f6f8fa; }
            td.num { text-align: right; white-space: nowrap; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85em; }
            td.wrap { max-width: 28em; overflow-wrap: anywhere; white-space: normal; }
            .scroll { overflow-x: auto; }
            p.exact code { overflow-wrap: anywhere; }
            .badge { display: inline-block; padding: 0.05em 0.5em; border-radius: 0.8em; font-weight: 600; font-size: 0.85em; color: #fff; }
            .v-holds { background: #1a7f37; } .v-fails { background: #cf222e; } .v-inconclusive { background: #9a6700; } .v-error { background: #8250df; } .v-none { background: #6e7781; }
            .no { color: #cf222e; font-weight: 700; } .yes { color: #1a7f37; }
            .meta { color: #57606a; margin: 0.2em 0; }
            .meta span { margin-right: 1.2em; }
            blockquote { margin: 0.8em 0; padding: 0.4em 1em; border-left: 4px solid #d0d7de; background: #f6f8fa; }
            .counterexample { border: 2px solid #cf222e; background: #fff5f5; padding: 0.4em 1em 0.8em; border-radius: 6px; }
            .open { border: 2px solid #9a6700; background: #fff8e6; padding: 0.4em 1em 0.8em; border-radius: 6px; }
            .counterexample h2, .open h2 { border: none; margin-top: 0.4em; }
            .gap { font-weight: 700; color: #cf222e; }
            dl.derived dt { font-weight: 600; margin-top: 0.8em; }
            dl.derived dd { margin: 0.2em 0 0 1.5em; }
            dl.derived math { font-size: 1.25em; display: math; math-style: normal; }
            dl.derived .plaintext { margin-top: 0.2em; }
            td.why { min-width: 14em; max-width: 26em; overflow-wrap: anywhere; }
            td.why.narrow { min-width: 12em; max-width: 18em; }
            .plaintext { color: #57606a; font-size: 0.85em; }
            figure { margin: 1em 0; }
            figure img { max-width: 100%; height: auto; border: 1px solid #d0d7de; }
            figcaption { color: #57606a; font-size: 0.9em; }
            .filters { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5em 0.8em; margin: 0.8em 0; }
            .filters label { margin-right: 1em; white-space: nowrap; }
            .filters input[type=search] { min-width: 18em; }
            th.sortable { cursor: pointer; user-select: none; }
            th.sortable::after { content: " \\2195"; color: #8c959f; }
            tr.hidden { display: none; }
            #results th { white-space: nowrap; }
            #results td.spec { min-width: 15em; max-width: 22em; }
            #results td.message { min-width: 12em; max-width: 30em; overflow-wrap: anywhere; }
            #results td.links { white-space: nowrap; }
            .bar { display: inline-block; height: 0.7em; background: #54aeff; vertical-align: middle; margin-right: 0.4em; }
            """;

    // ---- MathML -----------------------------------------------------------------------------

    private static final Set<String> MATH_ELEMENTS =
            Set.of(
                    "math",
                    "mrow",
                    "mi",
                    "mn",
                    "mo",
                    "ms",
                    "mtext",
                    "mspace",
                    "msup",
                    "msub",
                    "msubsup",
                    "mfrac",
                    "msqrt",
                    "mroot",
                    "mover",
                    "munder",
                    "munderover",
                    "mtable",
                    "mtr",
                    "mtd",
                    "mstyle",
                    "mpadded",
                    "mphantom",
                    "menclose",
                    "merror",
                    "mfenced",
                    "mmultiscripts",
                    "mprescripts",
                    "none",
                    "semantics",
                    "annotation");
    private static final Set<String> MATH_ATTRIBUTES =
            Set.of(
                    "display",
                    "displaystyle",
                    "mathvariant",
                    "mathsize",
                    "stretchy",
                    "fence",
                    "separator",
                    "separators",
                    "lspace",
                    "rspace",
                    "form",
                    "largeop",
                    "movablelimits",
                    "symmetric",
                    "minsize",
                    "maxsize",
                    "accent",
                    "accentunder",
                    "linethickness",
                    "columnalign",
                    "rowalign",
                    "columnspan",
                    "rowspan",
                    "scriptlevel",
                    "width",
                    "height",
                    "depth",
                    "voffset",
                    "open",
                    "close",
                    "notation",
                    "align",
                    "encoding");
    private static final Pattern EVENT_HANDLER =
            Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final int MAX_MATHML = 200_000;

    /**
     * The MathML rebuilt from its allow-list, or null when it is not acceptable (then the caller
     * shows the text form): it must start with {@code <math}, contain no script or event handler,
     * parse as XML without a DOCTYPE, and use only MathML elements. Attributes outside the
     * allow-list are dropped; Symja's {@code mode="display"} becomes {@code display="block"}.
     */
    static String safeMathMl(String mathml) {
        if (mathml == null) return null;
        String m = mathml.strip();
        if (m.length() > MAX_MATHML || !m.startsWith("<math")) return null;
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("<script")
                || lower.contains("<!")
                || lower.contains("<?")
                || lower.contains("javascript:")
                || EVENT_HANDLER.matcher(m).find()) {
            return null;
        }
        Element root;
        try {
            root =
                    parser().parse(new ByteArrayInputStream(m.getBytes(StandardCharsets.UTF_8)))
                            .getDocumentElement();
        } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            return null;
        }
        if (!"math".equals(localName(root))) return null;
        StringBuilder b = new StringBuilder();
        return rebuild(root, b) ? b.toString() : null;
    }

    private static boolean rebuild(Element e, StringBuilder b) {
        String name = localName(e);
        if (!MATH_ELEMENTS.contains(name)) return false;
        b.append('<').append(name);
        NamedNodeMap attrs = e.getAttributes();
        boolean display = false;
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            String an = a.getNodeName().toLowerCase(Locale.ROOT);
            String value = a.getNodeValue();
            if (name.equals("math") && an.equals("mode")) {
                an = "display";
                value = "display".equalsIgnoreCase(value) ? "block" : "inline";
            }
            if (!MATH_ATTRIBUTES.contains(an)) continue;
            if (an.equals("display")) {
                if (display) continue;
                display = true;
            }
            b.append(' ').append(an).append("=\"").append(esc(value)).append('"');
        }
        b.append('>');
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            switch (c.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    if (!rebuild((Element) c, b)) return false;
                }
                // Symja writes a hyphen for minus; MathML shows U+2212 at the right width
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE ->
                        b.append(
                                name.equals("mo") && c.getNodeValue().equals("-")
                                        ? "\u2212"
                                        : esc(c.getNodeValue()));
                case Node.COMMENT_NODE -> {}
                default -> {
                    return false;
                }
            }
        }
        b.append("</").append(name).append('>');
        return true;
    }

    private static String localName(Node n) {
        String name = n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }

    /** A parser that refuses DOCTYPEs and never resolves anything external. */
    static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        DocumentBuilder db = f.newDocumentBuilder();
        db.setEntityResolver(
                (publicId, systemId) -> new InputSource(InputStream.nullInputStream()));
        db.setErrorHandler(
                new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException e) {}

                    @Override
                    public void error(SAXParseException e) throws SAXException {
                        throw e;
                    }

                    @Override
                    public void fatalError(SAXParseException e) throws SAXException {
                        throw e;
                    }
                });
        return db;
    }
}
