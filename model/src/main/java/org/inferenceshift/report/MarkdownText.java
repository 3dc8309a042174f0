package org.inferenceshift.report;

/**
 * Text made inert in Markdown: Markdown passes raw HTML through, so a scenario name or purpose holding
 * {@code <script>} or {@code <img onerror=...>} would run in any viewer that renders report.md. Every
 * {@code <} becomes {@code &lt;}, which Markdown shows as the character itself; without a {@code <} no tag
 * can open ({@code &} is left alone: an entity only ever shows as text). The report's own text never uses
 * HTML, so nothing else changes.
 */
final class MarkdownText {
    private MarkdownText() {
    }

    static String escapeHtml(String text) {
        return text.replace("<", "&lt;");
    }
}
