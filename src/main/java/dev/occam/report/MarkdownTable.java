package dev.occam.report;

import java.util.List;

/** GitHub-flavoured Markdown tables, with cells made safe (no pipes or line breaks leak out). */
public final class MarkdownTable {
    private MarkdownTable() {}

    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        row(b, header);
        b.append('|');
        header.forEach(h -> b.append("---|"));
        b.append('\n');
        rows.forEach(r -> row(b, r));
        return b.toString();
    }

    public static String cell(String text) {
        if (text == null || text.isEmpty()) return "–";
        return text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        cells.forEach(c -> b.append(' ').append(cell(c)).append(" |"));
        b.append('\n');
    }
}
