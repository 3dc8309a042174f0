package org.inferenceshift.report;

import java.util.Base64;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.inferenceshift.report.ReportDocument.Block;
import org.inferenceshift.report.ReportDocument.Bullets;
import org.inferenceshift.report.ReportDocument.Heading;
import org.inferenceshift.report.ReportDocument.Image;
import org.inferenceshift.report.ReportDocument.Table;
import org.inferenceshift.report.ReportDocument.Text;

/**
 * Renders a {@link ReportDocument} as one self-contained HTML page: styles inline, every chart embedded as
 * a base64 {@code data:} URI, so the file can be mailed or archived on its own.
 */
public final class HtmlRenderer {
    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1a1a1a;
                   max-width: 1320px; margin: 2em auto; padding: 0 1.5em; line-height: 1.45; }
            h1 { font-size: 1.7em; margin-bottom: 0.2em; }
            h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
            h3 { font-size: 1.05em; margin-top: 1.5em; }
            table { border-collapse: collapse; margin: 0.8em 0 1.2em; font-size: 0.9em; }
            th, td { padding: 0.3em 0.7em; border-bottom: 1px solid #e5e5e5; text-align: left; vertical-align: top; }
            th { background: #f4f4f4; font-weight: 600; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            td.num { white-space: nowrap; }
            tr:nth-child(even) td { background: #fafafa; }
            img { max-width: 100%; height: auto; border: 1px solid #eee; margin: 0.5em 0 1em; }
            code { background: #f4f4f4; padding: 0 0.25em; border-radius: 3px; white-space: nowrap; }
            .muted { color: #666; }
            """;

    private HtmlRenderer() {
    }

    public static String render(ReportDocument doc) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(doc.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(doc.title())).append("</h1>\n");
        for (Block block : doc.blocks()) {
            if (block instanceof Heading h) {
                int level = Math.min(6, Math.max(2, h.level()));
                html.append("<h").append(level).append('>').append(esc(h.text())).append("</h").append(level).append(">\n");
            } else if (block instanceof Text t) {
                html.append("<p>").append(inline(t.text())).append("</p>\n");
            } else if (block instanceof Bullets b) {
                html.append("<ul>\n");
                b.items().forEach(item -> html.append("<li>").append(inline(item)).append("</li>\n"));
                html.append("</ul>\n");
            } else if (block instanceof Table t) {
                table(html, t);
            } else if (block instanceof Image i) {
                html.append("<img alt=\"").append(esc(i.alt())).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(i.png())).append("\">\n");
            }
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, Table t) {
        html.append("<table>\n<thead><tr>");
        for (int c = 0; c < t.header().size(); c++) {
            html.append(cellTag("th", t.numeric().get(c))).append(esc(t.header().get(c))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                html.append(cellTag("td", t.numeric().get(c))).append(inline(row.get(c))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static String cellTag(String tag, boolean numeric) {
        return numeric ? "<" + tag + " class=\"num\">" : "<" + tag + ">";
    }

    /** Escapes text and turns the Markdown code spans the report uses ({@code `name`}) into code elements. */
    static String inline(String text) {
        String escaped = esc(text);
        StringBuilder out = new StringBuilder();
        boolean open = false;
        for (char c : escaped.toCharArray()) {
            if (c == '`') {
                out.append(open ? "</code>" : "<code>");
                open = !open;
            } else {
                out.append(c);
            }
        }
        if (open) {
            out.append("</code>");
        }
        return out.toString();
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }
}
