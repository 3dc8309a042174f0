package org.inferenceshift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.inferenceshift.report.ReportDocument.Heading;
import org.inferenceshift.report.ReportDocument.Table;
import org.inferenceshift.report.ReportDocument.Text;
import org.junit.jupiter.api.Test;

/** The HTML page of a report: contents and anchors, and report text's few Markdown marks rendered, not shown. */
class HtmlRendererTest {
    @Test
    void sectionsGetAnchorsAndAContentsListNestingSubsections() {
        ReportDocument doc = new ReportDocument("T")
                .add(new Text("intro"))
                .add(new Heading(2, "Verdicts"))
                .add(new Heading(2, "Claims one by one"))
                .add(new Heading(3, "Claim 1"))
                .add(new Heading(4, "1. Fewer copies"))
                .add(new Heading(3, "Claim 2"))
                .add(new Heading(2, "Verdicts"));
        String html = HtmlRenderer.render(doc);
        assertTrue(html.contains("<h2 id=\"verdicts\">Verdicts<a class=\"anchor\" href=\"#verdicts\""), html);
        assertTrue(html.contains("<h2 id=\"verdicts-2\">"), "a repeated heading gets its own anchor");
        assertTrue(html.contains("<h4 id=\"1-fewer-copies\">"), html);
        String contents = html.substring(html.indexOf("<nav class=\"toc\""), html.indexOf("</nav>"));
        assertEquals("""
                <nav class="toc" id="contents">
                <h2>Contents</h2>
                <ol>
                <li><a href="#verdicts">Verdicts</a></li>
                <li><a href="#claims-one-by-one">Claims one by one</a>
                <ol>
                <li><a href="#claim-1">Claim 1</a></li>
                <li><a href="#claim-2">Claim 2</a></li>
                </ol>
                </li>
                <li><a href="#verdicts-2">Verdicts</a></li>
                </ol>
                """, contents);
        assertTrue(html.indexOf("<p>intro</p>") < html.indexOf("<nav"), "the opening paragraph comes first");
        assertTrue(html.indexOf("</nav>") < html.indexOf("<h2 id=\"verdicts\">"), "then the contents, then the sections");
    }

    @Test
    void aReportWithOneSectionNeedsNoContents() {
        String html = HtmlRenderer.render(new ReportDocument("T").add(new Heading(2, "Only")).add(new Text("x")));
        assertFalse(html.contains("<nav"), html);
    }

    @Test
    void emphasisStrongAndCodeBecomeElementsAndLiteralStarsStay() {
        assertEquals("the essay <em>Inference Scaling Reshapes AI Governance</em> (Feb 2025)",
                HtmlRenderer.inline("the essay *Inference Scaling Reshapes AI Governance* (Feb 2025)"));
        assertEquals("verdict <strong>pass</strong>, metric <code>hhi_revenue</code>",
                HtmlRenderer.inline("verdict **pass**, metric `hhi_revenue`"));
        assertEquals("<code>a*b*c</code> and 2 * 3 * 4 and x*y", HtmlRenderer.inline("`a*b*c` and 2 * 3 * 4 and x*y"));
        assertEquals("&lt;b&gt; <em>&amp;</em>", HtmlRenderer.inline("<b> *&*"));
    }

    @Test
    void aLongTextColumnIsKeptReadable() {
        Table table = new Table(List.of("claim", "statement"), List.<List<String>>of(List.of("1", "x".repeat(80))),
                Arrays.asList(false, false));
        String html = HtmlRenderer.render(new ReportDocument("T").add(table));
        assertTrue(html.contains("<th>claim</th><th class=\"wide\">statement</th>"), html);
    }
}
