package org.inferenceshift.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Component;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.plaf.basic.BasicHTML;
import org.junit.jupiter.api.Test;

/** Ids from a scenario file reach table cells as text: an id written as HTML is not rendered as HTML. */
class TextCellRendererTest {
    private static final String HOSTILE = "<html><img src='http://example.invalid/x.png'>lab</html>";

    @Test
    void everyCellOfAReadOnlyTableShowsHtmlAsText() {
        ReadOnlyTable table = new ReadOnlyTable(List.of("name", "value"));
        table.show(List.of(List.of(HOSTILE, HOSTILE)));
        for (int column = 0; column < 2; column++) {
            JLabel cell = rendered(table.table(), column);
            assertEquals(HOSTILE, cell.getText());
            // BasicHTML keeps a parsed View under this key when it renders a label as HTML
            assertNull(cell.getClientProperty(BasicHTML.propertyKey), "column " + column + " rendered HTML");
        }
    }

    @Test
    void everyColumnOfTheLabsTableShowsHtmlAsText() {
        LabsTable labs = new LabsTable(index -> { });
        JTable table = labs.table();
        for (int column = 0; column < table.getColumnCount(); column++) {
            // the first test shows what a TextCellRenderer does with HTML
            assertInstanceOf(TextCellRenderer.class, table.getCellRenderer(0, column), "column " + column);
        }
    }

    private static JLabel rendered(JTable table, int column) {
        Component c = table.prepareRenderer(table.getCellRenderer(0, column), 0, column);
        return (JLabel) c;
    }
}
