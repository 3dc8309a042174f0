package org.inferenceshift.viz;

import java.awt.Color;
import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.JTableHeader;

/**
 * The labs view: one row per lab with its money, market, allocation, tiers and capability. Double-clicking
 * a row opens MASON's inspector on that lab (every bean property of {@code Lab}, updated each step).
 */
final class LabsTable {
    /** A table column: header, header tooltip, preferred width in pixels, and what it shows of a lab. */
    private record Column(String title, String tooltip, int width, Function<LabRow, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("lab", "lab id; the colour is the lab's colour in the users picture", 110, LabRow::id),
            new Column("status", "active, or exited after months of negative cash", 55,
                    r -> r.active() ? "active" : "exited"),
            new Column("weights", "open: the lab releases its weights (self-hosting becomes the outside option)", 60,
                    r -> r.openWeights() ? "open" : "closed"),
            new Column("regulated", "covered: some regulator covers the lab's deployed model this month", 70,
                    r -> r.covered() ? "covered" : "-"),
            new Column("cash", "cash at the end of the month", 75, r -> Formats.usd(r.cashUsd())),
            new Column("revenue/mo", "revenue this month", 80, r -> Formats.usd(r.revenueUsd())),
            new Column("user share", "share of all people on this lab (paid and free tiers)", 70,
                    r -> Formats.percent(r.userShare())),
            new Column("subscribers", "people on this lab's tiers", 80, r -> Formats.count(r.subscribers())),
            new Column("budget % pre/post/serve/IDA/syn", "budget split in percent: pre-training / reasoning post-training / serving capacity / inference-during-training / synthetic data (the lab inspector has it as a table)", 170,
                    r -> r.allocation() == null ? "-" : Formats.fixed(100 * r.allocation().pre(), 0) + " / "
                            + Formats.fixed(100 * r.allocation().post(), 0) + " / " + Formats.fixed(100 * r.allocation().inference(), 0)
                            + " / " + Formats.fixed(100 * r.allocation().ida(), 0) + " / " + Formats.fixed(100 * r.allocation().synthetic(), 0)),
            new Column("tiers (price, k)", "the tier menu: monthly price and inference multiplier k of each tier (free = rate-limited free tier)", 260, LabRow::tiers),
            new Column("E top tier", "E on reasoning tasks of the deployed model at the lab's highest k (OOM)", 75,
                    r -> Formats.fixed(r.topReasoningE(), 2)),
            new Column("E internal", "E on reasoning tasks at the highest k of the best model the lab holds, deployed or not (IDA gains included)", 75,
                    r -> Formats.fixed(r.topInternalReasoningE(), 2)),
            new Column("E base", "E served at k = 1: the deployed model plus released IDA gains (OOM)", 60,
                    r -> Formats.fixed(r.baseE(), 2)));

    private final RowsModel model = new RowsModel();
    private final JTable table = new JTable(model);
    private final JScrollPane pane = new JScrollPane(table);

    /** @param inspect called with the lab index when a row is double-clicked */
    LabsTable(IntConsumer inspect) {
        table.setFillsViewportHeight(true);
        // columns keep their widths and the table scrolls sideways, rather than squeezing every cell to "act..."
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        table.setRowHeight(20);
        table.setAutoCreateRowSorter(false);
        table.setTableHeader(new JTableHeader(table.getColumnModel()) {
            private static final long serialVersionUID = 1L;

            @Override
            public String getToolTipText(MouseEvent e) {
                int column = columnAtPoint(e.getPoint());
                return column < 0 ? null : COLUMNS.get(column).tooltip();
            }
        });
        table.getTableHeader().setReorderingAllowed(false);
        table.setDefaultRenderer(Object.class, new TextCellRenderer(SwingConstants.LEADING));
        TextCellRenderer right = new TextCellRenderer(SwingConstants.RIGHT);
        for (int c = 0; c < COLUMNS.size(); c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(COLUMNS.get(c).width());
            if (c >= 3 && c <= 6 || c >= 9) {
                table.getColumnModel().getColumn(c).setCellRenderer(right);
            }
        }
        table.getColumnModel().getColumn(0).setCellRenderer(new LabNameRenderer());
        table.setToolTipText("Double-click a lab to inspect it in the Console");
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = table.rowAtPoint(e.getPoint());
                if (e.getClickCount() == 2 && row >= 0) {
                    inspect.accept(model.rows.get(row).index());
                }
            }
        });
    }

    JScrollPane component() {
        return pane;
    }

    /** Swing thread only. */
    void show(List<LabRow> rows) {
        boolean sameLabs = rows.size() == model.rows.size();
        model.rows = rows;
        if (sameLabs) {
            model.fireTableRowsUpdated(0, rows.size() - 1);
        } else {
            model.fireTableDataChanged();
        }
    }

    List<LabRow> rows() {
        return model.rows;
    }

    JTable table() {
        return table;
    }

    private static final class RowsModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private List<LabRow> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.size();
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS.get(column).title();
        }

        @Override
        public Object getValueAt(int row, int column) {
            return COLUMNS.get(column).value().apply(rows.get(row));
        }
    }

    /** Lab id with a swatch of the lab's colour; exited labs greyed out. */
    private final class LabNameRenderer extends TextCellRenderer {
        private static final long serialVersionUID = 1L;

        LabNameRenderer() {
            super(SwingConstants.LEADING);
        }

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            JLabel label = (JLabel) super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            LabRow r = model.rows.get(row);
            label.setIcon(new Swatch(LabColors.of(r.index())));
            label.setForeground(r.active() ? (selected ? t.getSelectionForeground() : Color.BLACK) : Color.GRAY);
            return label;
        }
    }

    private record Swatch(Color colour) implements javax.swing.Icon {
        @Override
        public void paintIcon(Component c, java.awt.Graphics g, int x, int y) {
            g.setColor(colour);
            g.fillOval(x, y + 1, 10, 10);
        }

        @Override
        public int getIconWidth() {
            return 14;
        }

        @Override
        public int getIconHeight() {
            return 12;
        }
    }
}
