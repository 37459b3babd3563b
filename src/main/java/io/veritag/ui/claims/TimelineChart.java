package io.veritag.ui.claims;

import io.veritag.service.claims.ClaimTimeline;
import io.veritag.service.claims.ClaimTimeline.Entry;
import io.veritag.service.claims.ClaimTimeline.Role;
import io.veritag.ui.kit.ChartTheme;
import io.veritag.ui.kit.ThemeColours;
import io.veritag.ui.kit.ThemedChartPanel;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The selected cluster's timeline: x the publication date, one row per outlet (the first to say it on top), one
 * mark per span: said first, repeated, denied or hedged, each with its own shape and colour. The tip names the
 * outlet, date, title, text and sources (plain text). Spans without a date are counted under the chart.
 */
final class TimelineChart {
    private static final long DAY = 86_400_000L;

    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final Map<Role, List<Entry>> entriesByRole = new LinkedHashMap<>();
    private final SymbolAxis outlets = new SymbolAxis(null, new String[0]);
    private final DateAxis dates = new DateAxis("published");
    private final JFreeChart chart;
    private final ChartPanel panel;
    private final JLabel note = new JLabel(" ");
    private final JPanel component = new JPanel(new BorderLayout());

    TimelineChart() {
        for (Role role : Role.values()) {
            XYSeries series = new XYSeries(role.words(), false, true);
            dataset.addSeries(series);
            entriesByRole.put(role, new ArrayList<>());
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setDefaultToolTipGenerator((data, series, item) -> tip(entriesByRole.get(Role.values()[series]).get(item)));
        renderer.setSeriesShape(Role.FIRST.ordinal(), ShapeUtils.createDiamond(8f));
        renderer.setSeriesShape(Role.REPEATED.ordinal(), new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesShape(Role.DENIED.ordinal(), ShapeUtils.createDiagonalCross(6f, 1.6f));
        renderer.setSeriesShape(Role.HEDGED.ordinal(), triangle());
        dates.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        dates.setDateFormatOverride(format);
        outlets.setInverted(true);
        outlets.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(dataset, dates, outlets, renderer);
        chart = new JFreeChart(null, null, plot, true);
        chart.setTitle(new TextTitle("Timeline"));
        panel = new ThemedChartPanel(chart, "claimTimeline", new java.awt.Dimension(520, 240), true, this::applyTheme);
        panel.setFocusable(false); // the view's keys stay with the table
        panel.setMouseZoomable(false);
        panel.setInitialDelay(200);
        note.setName("timelineNote");
        note.setBorder(javax.swing.BorderFactory.createEmptyBorder(2, 8, 4, 8));
        component.add(panel, BorderLayout.CENTER);
        component.add(note, BorderLayout.SOUTH);
    }

    private static Shape triangle() {
        return new Polygon(new int[] {0, 6, -6}, new int[] {-6, 5, 5}, 3);
    }

    JPanel component() {
        return component;
    }

    ChartPanel chartPanel() {
        return panel;
    }

    XYSeriesCollection dataset() {
        return dataset;
    }

    /** The outlet rows, top to bottom. */
    List<String> rows() {
        return List.of(outlets.getSymbols());
    }

    String note() {
        return note.getText();
    }

    /** Shows this timeline (null: no cluster selected). */
    void show(ClaimTimeline timeline) {
        List<Entry> entries = timeline == null ? List.of() : timeline.entries();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        for (Entry e : entries) {
            rowOf.putIfAbsent(shortened(e.outlet()), rowOf.size());
        }
        outlets.setSymbols(rowOf.keySet().toArray(new String[0]));
        outlets.setRange(-0.5, Math.max(rowOf.size(), 1) - 0.5);
        dataset.setNotify(false);
        for (Role role : Role.values()) {
            dataset.getSeries(role.ordinal()).clear();
            entriesByRole.get(role).clear();
        }
        for (Entry e : entries) {
            dataset.getSeries(e.role().ordinal()).add(millis(e.date()), rowOf.get(shortened(e.outlet())));
            entriesByRole.get(e.role()).add(e);
        }
        if (!entries.isEmpty()) {
            long first = millis(entries.get(0).date());
            long last = millis(entries.get(entries.size() - 1).date());
            long margin = Math.max(DAY, (last - first) / 12);
            dates.setRange(first - margin, last + margin);
        }
        dataset.setNotify(true);
        int undated = timeline == null ? 0 : timeline.undated();
        note.setText(undated == 0 ? " " : undated + (undated == 1 ? " span" : " spans") + " of this cluster without a date (not drawn)");
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static String shortened(String outlet) {
        String line = outlet.replaceAll("\\s+", " ").strip();
        return line.length() <= 28 ? line : line.substring(0, 27) + "…";
    }

    /** Plain text (the tooltip shows no HTML): outlet · date · role, the title, the span's text, its sources. */
    static String tip(Entry e) {
        StringBuilder tip = new StringBuilder(e.outlet()).append(" · ").append(e.date()).append(" · ").append(e.role().words())
                .append(" — ").append(e.span().title()).append(" — “").append(e.span().text()).append("”");
        if (!e.sources().isEmpty()) {
            tip.append(" — said by ").append(String.join("; ", e.sources()));
        }
        return tip.toString().replaceAll("\\s+", " ");
    }

    /** Background, text, grid and mark colours and the fonts, from the current theme. */
    private void applyTheme() {
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        Color said = ThemeColours.get("Veritag.chart.series0");
        renderer.setSeriesPaint(Role.FIRST.ordinal(), said);
        renderer.setSeriesPaint(Role.REPEATED.ordinal(), said);
        renderer.setSeriesPaint(Role.DENIED.ordinal(), ThemeColours.get("Veritag.link.denies"));
        renderer.setSeriesPaint(Role.HEDGED.ordinal(), ThemeColours.get("Veritag.link.hedges"));
        Color grid = ChartTheme.apply(chart, plot, plot.getDomainAxis(), plot.getRangeAxis());
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        note.setForeground(ThemeColours.get(ThemeColours.UNDEFINED));
    }
}
