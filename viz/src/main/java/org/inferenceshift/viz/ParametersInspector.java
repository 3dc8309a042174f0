package org.inferenceshift.viz;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import org.inferenceshift.parameters.ParameterSection;
import org.inferenceshift.parameters.ScenarioParameters;
import org.inferenceshift.sim.IndustryModel;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.portrayal.inspector.TabbedInspector;
import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * The Console's model inspector: one MASON {@link SimpleInspector} tab per scenario section, over the
 * model's {@link ScenarioParameters} beans, and a status line saying what the next start will change or
 * why an edit was refused (MASON also beeps and shows the value that stands).
 */
final class ParametersInspector extends Inspector implements Scrollable {
    private static final long serialVersionUID = 1L;
    private static final String IDLE = "Edits apply at the next start (Stop, then Play). Hover a name for its meaning.";
    /** Text width (CSS px, which Swing draws about a sixth wider) inside the Console, so long lines wrap, never clip. */
    private static final int TEXT_WIDTH_PX = 400;

    private final IndustryModel model;
    private final ScenarioParameters parameters;
    private final TabbedInspector tabs = new TabbedInspector();
    private final JLabel status = new JLabel();

    ParametersInspector(IndustryModel model, GUIState gui) {
        this.model = model;
        this.parameters = new ScenarioParameters(model);
        setLayout(new BorderLayout());
        JLabel scenario = new JLabel(wrapped("<b>" + escape(model.nextScenario().name()) + "</b>: "
                + escape(model.nextScenario().purpose())));
        scenario.setBorder(BorderFactory.createEmptyBorder(4, 6, 0, 6));
        status.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        JPanel header = new JPanel(new BorderLayout());
        header.add(scenario, BorderLayout.NORTH);
        header.add(status, BorderLayout.SOUTH);
        add(header, BorderLayout.NORTH);
        for (ParameterSection section : parameters.sections()) {
            tabs.addInspector(new SimpleInspector(new SectionProperties(section), gui, null,
                    gui.getMaximumPropertiesForInspector()), section.title());
        }
        add(tabs, BorderLayout.CENTER);
        setVolatile(false);
        showStatus(null);
    }

    @Override
    public void updateInspector() {
        tabs.updateInspector();
        showStatus(null);
    }

    /** Shows the refusal if there is one, else what the next start changes relative to the current run. */
    void showStatus(String refusal) {
        if (refusal != null) {
            status.setForeground(new Color(0xB00020));
            status.setText(wrapped("Refused: " + escape(refusal)));
            return;
        }
        status.setForeground(Color.DARK_GRAY);
        List<String> pending = ScenarioDiff.changes(model.scenario(), model.nextScenario());
        status.setText(wrapped(pending.isEmpty() ? IDLE : "Next start: " + escape(String.join("; ", pending))));
    }

    String statusText() {
        return status.getText();
    }

    private static String wrapped(String html) {
        return "<html><div style='width:" + TEXT_WIDTH_PX + "px'>" + html + "</div></html>";
    }

    // Scrollable: take the width of the Console's inspector pane, so the section tabs wrap onto rows

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * A section's bean properties as MASON reads them, listed in scenario-file order, with tooltips from the
     * parameter declarations and the refusal check: MASON beeps and keeps the old value when a set returns null.
     */
    private final class SectionProperties extends Properties {
        private static final long serialVersionUID = 1L;
        private final transient ParameterSection section;
        private final SimpleProperties bean;
        /** Display position to the bean's property index. */
        private final int[] order;

        SectionProperties(ParameterSection section) {
            this.section = section;
            this.bean = new SimpleProperties(section, true, false, true);
            this.object = section;
            this.order = IntStream.range(0, bean.numProperties()).boxed()
                    .sorted(Comparator.comparingInt(i -> section.order(bean.getName(i))))
                    .mapToInt(Integer::intValue).toArray();
        }

        @Override
        public boolean isVolatile() {
            return bean.isVolatile();
        }

        @Override
        public int numProperties() {
            return order.length;
        }

        @Override
        public Object getValue(int index) {
            return bean.getValue(order[index]);
        }

        @Override
        public Object getDomain(int index) {
            return bean.getDomain(order[index]);
        }

        @Override
        public String getDescription(int index) {
            return section.describe(getName(index));
        }

        @Override
        public boolean isReadWrite(int index) {
            return bean.isReadWrite(order[index]);
        }

        @Override
        public boolean isHidden(int index) {
            return bean.isHidden(order[index]);
        }

        @Override
        public String getName(int index) {
            return bean.getName(order[index]);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Class getType(int index) {
            return bean.getType(order[index]);
        }

        @Override
        protected Object _setValue(int index, Object value) {
            Object shown = bean.setValue(order[index], value);
            String refusal = parameters.lastRejection();
            showStatus(refusal);
            return refusal == null ? shown : null;
        }
    }
}
