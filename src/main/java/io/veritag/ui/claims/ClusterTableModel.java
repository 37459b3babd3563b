package io.veritag.ui.claims;

import io.veritag.service.claims.ClusterSummary;
import io.veritag.ui.kit.RowTableModel;
import java.util.List;

/** The claims view's rows: one claim cluster each. */
final class ClusterTableModel extends RowTableModel<ClusterSummary> {
    ClusterTableModel() {
        super("Canonical wording", "Claims", "Outlets", "First", "Latest", "Denials", "Speculations", "Sources", "Settled");
    }

    void show(List<ClusterSummary> rows) {
        replaceRows(List.copyOf(rows));
    }

    @Override
    protected Object value(ClusterSummary c, int column) {
        return switch (column) {
            case 0 -> c.cluster().canonical();
            case 1 -> c.members().size();
            case 2 -> c.outlets();
            case 3 -> c.firstDate() == null ? "" : c.firstDate();
            case 4 -> c.latestDate() == null ? "" : c.latestDate();
            case 5 -> c.denials();
            case 6 -> c.speculations();
            case 7 -> String.join("; ", c.sources());
            default -> c.cluster().settled() ? "yes" : "";
        };
    }
}
