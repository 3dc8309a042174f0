package org.inferenceshift.report;

/**
 * Text made inert in Markdown: Markdown passes raw HTML through, so a scenario name or purpose holding
 * {@code <script>} or {@code <img onerror=...>} would run in any viewer that renders report.md. Every
 * {@code <} and {@code &} becomes an entity, which Markdown shows as the character itself. The report's
 * own text never uses HTML, so nothing else changes.
 */
final class MarkdownText {
    private MarkdownText() {
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
