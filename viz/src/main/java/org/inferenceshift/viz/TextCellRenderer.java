package org.inferenceshift.viz;

import javax.swing.table.DefaultTableCellRenderer;

/**
 * A table cell that shows its text as text: Swing renders any label text starting with {@code <html>} as
 * HTML (images, links, layout), and lab and regulator ids come from scenario files, which may be shared.
 */
class TextCellRenderer extends DefaultTableCellRenderer {
    private static final long serialVersionUID = 1L;

    /** @param alignment a {@link javax.swing.SwingConstants} horizontal alignment */
    TextCellRenderer(int alignment) {
        setHorizontalAlignment(alignment);
        putClientProperty("html.disable", Boolean.TRUE);
    }
}
