package org.inferenceshift.report;

import java.util.List;
import org.inferenceshift.report.ReportDocument.Block;
import org.inferenceshift.report.ReportDocument.Bullets;
import org.inferenceshift.report.ReportDocument.Heading;
import org.inferenceshift.report.ReportDocument.Image;
import org.inferenceshift.report.ReportDocument.Table;
import org.inferenceshift.report.ReportDocument.Text;

/** Renders a {@link ReportDocument} as GitHub-flavoured Markdown; images are links to the PNG files. */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    public static String render(ReportDocument doc) {
        return "# " + MarkdownText.escapeHtml(doc.title()) + "\n\n" + renderBlocks(doc.blocks());
    }

    /** Blocks without a title, for a section that goes into a document written by hand. */
    public static String renderBlocks(List<Block> blocks) {
        StringBuilder md = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                md.append("#".repeat(h.level())).append(' ').append(MarkdownText.escapeHtml(h.text())).append("\n\n");
            } else if (block instanceof Text t) {
                md.append(MarkdownText.escapeHtml(t.text())).append("\n\n");
            } else if (block instanceof Bullets b) {
                b.items().forEach(item -> md.append("- ").append(MarkdownText.escapeHtml(item)).append('\n'));
                md.append('\n');
            } else if (block instanceof Table t) {
                table(md, t);
            } else if (block instanceof Image i) {
                md.append("![").append(MarkdownText.escapeHtml(i.alt())).append("](").append(i.path()).append(")\n\n");
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, Table t) {
        row(md, t.header());
        md.append('|');
        for (int c = 0; c < t.header().size(); c++) {
            md.append(t.numeric().get(c) ? " ---: |" : " --- |");
        }
        md.append('\n');
        t.rows().forEach(r -> row(md, r));
        md.append('\n');
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(MarkdownText.escapeHtml(cell).replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        md.append('\n');
    }
}
