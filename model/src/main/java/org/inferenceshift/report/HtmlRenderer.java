package org.inferenceshift.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.inferenceshift.report.ReportDocument.Block;
import org.inferenceshift.report.ReportDocument.Bullets;
import org.inferenceshift.report.ReportDocument.Heading;
import org.inferenceshift.report.ReportDocument.Image;
import org.inferenceshift.report.ReportDocument.Table;
import org.inferenceshift.report.ReportDocument.Text;

/**
 * Renders a {@link ReportDocument} as one self-contained HTML page: styles inline, every chart embedded as
 * a base64 {@code data:} URI, so the file can be mailed or archived on its own. Sections and subsections get
 * anchors and a table of contents at the top; the few Markdown marks report text uses (code spans, emphasis,
 * strong) become HTML, so none shows as a literal asterisk or backtick.
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
            th.wide { min-width: 18em; }
            nav.toc { background: #f8f8f8; border: 1px solid #e5e5e5; padding: 0.5em 1.5em; margin: 1em 0 2em; }
            nav.toc h2 { margin-top: 0.5em; border: none; }
            nav.toc ol { margin: 0.2em 0; padding-left: 1.5em; }
            nav.toc ol ol { font-size: 0.92em; }
            a.anchor { color: #bbb; text-decoration: none; margin-left: 0.3em; font-weight: normal; }
            h2:hover a.anchor, h3:hover a.anchor { color: #666; }
            """;
    /** Headings of these levels get a contents entry (deeper ones only an anchor). */
    private static final int TOC_DEPTH = 3;
    /** A text column whose longest cell exceeds this many characters is kept wide enough to read. */
    private static final int WIDE_CELL = 60;
    private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])([^*]+?)(?<=\\S)\\*(?![\\w*])");

    private HtmlRenderer() {
    }

    public static String render(ReportDocument doc) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(doc.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(doc.title())).append("</h1>\n");
        List<Block> blocks = doc.blocks();
        List<String> anchors = anchors(blocks);
        boolean contentsWritten = false;
        for (int n = 0; n < blocks.size(); n++) {
            Block block = blocks.get(n);
            if (block instanceof Heading h) {
                if (!contentsWritten) {
                    contents(html, blocks, anchors); // after the opening paragraphs, before the first section
                    contentsWritten = true;
                }
                int level = level(h);
                String id = anchors.get(n);
                html.append("<h").append(level).append(" id=\"").append(id).append("\">").append(inline(h.text()))
                        .append("<a class=\"anchor\" href=\"#").append(id).append("\" aria-label=\"link to this section\">#</a></h")
                        .append(level).append(">\n");
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

    private static int level(Heading h) {
        return Math.min(6, Math.max(2, h.level()));
    }

    /** Per block, the id of a heading ("verdicts", "claim-5", a second "results" as "results-2"), else null. */
    static List<String> anchors(List<Block> blocks) {
        List<String> ids = new ArrayList<>(blocks.size());
        Set<String> used = new HashSet<>();
        used.add("contents");
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                String base = h.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                if (base.isEmpty()) {
                    base = "section";
                }
                String id = base;
                for (int n = 2; !used.add(id); n++) {
                    id = base + "-" + n;
                }
                ids.add(id);
            } else {
                ids.add(null);
            }
        }
        return ids;
    }

    /** A nested list of links to every section and subsection, when the report has more than one section. */
    private static void contents(StringBuilder html, List<Block> blocks, List<String> anchors) {
        long sections = blocks.stream().filter(b -> b instanceof Heading h && level(h) == 2).count();
        if (sections < 2) {
            return;
        }
        html.append("<nav class=\"toc\" id=\"contents\">\n<h2>Contents</h2>\n<ol>\n");
        boolean inSection = false;
        boolean inSub = false;
        for (int b = 0; b < blocks.size(); b++) {
            if (!(blocks.get(b) instanceof Heading h) || level(h) > TOC_DEPTH) {
                continue;
            }
            String link = "<a href=\"#" + anchors.get(b) + "\">" + inline(h.text()) + "</a>";
            if (level(h) == 2) {
                if (inSub) {
                    html.append("</ol>\n");
                    inSub = false;
                }
                if (inSection) {
                    html.append("</li>\n");
                }
                html.append("<li>").append(link);
                inSection = true;
            } else {
                if (!inSub) {
                    html.append(inSection ? "\n<ol>\n" : "<li><ol>\n");
                    inSub = true;
                    inSection = true;
                }
                html.append("<li>").append(link).append("</li>\n");
            }
        }
        if (inSub) {
            html.append("</ol>\n");
        }
        html.append("</li>\n</ol>\n</nav>\n");
    }

    private static void table(StringBuilder html, Table t) {
        html.append("<table>\n<thead><tr>");
        for (int c = 0; c < t.header().size(); c++) {
            String tag = t.numeric().get(c) ? "<th class=\"num\">" : wide(t, c) ? "<th class=\"wide\">" : "<th>";
            html.append(tag).append(inline(t.header().get(c))).append("</th>");
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

    private static boolean wide(Table t, int column) {
        return t.rows().stream().anyMatch(r -> r.get(column).length() > WIDE_CELL);
    }

    /**
     * Escapes text and turns the Markdown marks report text uses into elements: code spans ({@code `name`}),
     * emphasis ({@code *title*}) and strong ({@code **pass**}); inside a code span nothing else changes.
     */
    static String inline(String text) {
        String[] parts = esc(text).split("`", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                out.append("<code>").append(parts[i]).append("</code>");
            } else {
                String strong = STRONG.matcher(parts[i]).replaceAll("<strong>$1</strong>");
                out.append(EMPHASIS.matcher(strong).replaceAll("<em>$1</em>"));
            }
        }
        return out.toString();
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }
}
