package org.inferenceshift.viz;

import java.awt.Dimension;
import java.util.List;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.AbstractTableModel;

/**
 * A small table of text cells the user reads and cannot edit, sized to its rows, with the columns after the
 * first right-aligned (they hold numbers); for inspectors, where MASON's editable property fields do not belong.
 */
final class ReadOnlyTable {
    private final Rows model;
    private final JTable table;

    ReadOnlyTable(List<String> header) {
        model = new Rows(header);
        table = new JTable(model);
        table.setRowHeight(20);
        table.setFocusable(false);
        table.setRowSelectionAllowed(false);
        table.getTableHeader().setReorderingAllowed(false);
        table.setDefaultRenderer(Object.class, new TextCellRenderer(SwingConstants.LEADING));
        TextCellRenderer right = new TextCellRenderer(SwingConstants.RIGHT);
        for (int c = 1; c < header.size(); c++) {
            table.getColumnModel().getColumn(c).setCellRenderer(right);
        }
    }

    /** Swing thread only. */
    void show(List<List<String>> rows) {
        boolean sameShape = rows.size() == model.rows.size();
        model.rows = List.copyOf(rows);
        if (sameShape && !rows.isEmpty()) {
            model.fireTableRowsUpdated(0, rows.size() - 1);
        } else {
            model.fireTableDataChanged();
        }
        table.setPreferredScrollableViewportSize(new Dimension(table.getPreferredSize().width,
                Math.max(1, rows.size()) * table.getRowHeight()));
    }

    JTable table() {
        return table;
    }

    /** The text in the row whose first cell is {@code name}, column 1; null when there is no such row. */
    String valueOf(String name) {
        return model.rows.stream().filter(r -> r.get(0).equals(name)).map(r -> r.get(1)).findFirst().orElse(null);
    }

    List<List<String>> rows() {
        return model.rows;
    }

    private static final class Rows extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final List<String> header;
        private List<List<String>> rows = List.of();

        Rows(List<String> header) {
            this.header = List.copyOf(header);
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return header.size();
        }

        @Override
        public String getColumnName(int column) {
            return header.get(column);
        }

        @Override
        public Object getValueAt(int row, int column) {
            return rows.get(row).get(column);
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    }
}
