package org.inferenceshift.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as a list of neutral blocks, written once and rendered twice: as Markdown (charts linked as
 * files) and as self-contained HTML (charts embedded), so both always say the same thing.
 */
public final class ReportDocument {
    /** One piece of the report. */
    public sealed interface Block permits Heading, Text, Bullets, Table, Image {
    }

    public record Heading(int level, String text) implements Block {
    }

    public record Text(String text) implements Block {
    }

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** @param numeric per column: right-align it */
    public record Table(List<String> header, List<List<String>> rows, List<Boolean> numeric) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = List.copyOf(numeric);
        }
    }

    /** @param path the PNG's path relative to the report; {@code png} its bytes, for embedding */
    public record Image(String alt, String path, byte[] png) implements Block {
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public ReportDocument(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public ReportDocument add(Block block) {
        blocks.add(block);
        return this;
    }
}
