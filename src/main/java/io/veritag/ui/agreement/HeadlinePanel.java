package io.veritag.ui.agreement;

import io.veritag.model.Counted;
import io.veritag.agreement.AgreementReport;
import io.veritag.agreement.Score;
import io.veritag.service.agreement.report.Explanations;
import io.veritag.ui.kit.ThemeColours;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/** The headline numbers, each with one line on what it measures and how to read it. */
final class HeadlinePanel extends JPanel {
    private static final String[] NAMES = {"Percent agreement", "Cohen's kappa (mean of pairs)", "Fleiss' kappa",
            "Krippendorff's alpha (tokens)", "alpha_u (characters)"};
    private static final String[] KEYS = {"percent", "cohen", "fleiss", "alpha", "alphaU"};
    private static final String[] EXPLANATIONS = {Explanations.PERCENT, Explanations.COHEN, Explanations.FLEISS,
            Explanations.ALPHA, Explanations.ALPHA_U};

    private final JLabel summary = new JLabel(" ");
    private final JLabel[] values = new JLabel[NAMES.length];
    private final JLabel[] explanations = new JLabel[NAMES.length];
    private AgreementReport shown;

    HeadlinePanel() {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(8, 12, 8, 12));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.gridwidth = 3;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(0, 0, 6, 0);
        summary.setName("agreementSummary");
        add(summary, c);
        c.gridwidth = 1;
        Font base = UIManager.getFont("Label.font");
        for (int i = 0; i < NAMES.length; i++) {
            c.gridy = i + 1;
            c.insets = new Insets(2, 0, 2, 12);
            c.gridx = 0;
            c.weightx = 0;
            JLabel name = new JLabel(NAMES[i]);
            name.setFont(base.deriveFont(Font.BOLD));
            add(name, c);
            c.gridx = 1;
            values[i] = new JLabel("–");
            values[i].setName("headline." + KEYS[i]);
            values[i].setFont(base.deriveFont(Font.BOLD, base.getSize2D() * 1.35f));
            add(values[i], c);
            c.gridx = 2;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            JLabel explanation = io.veritag.ui.kit.InertText.allowHtml(new JLabel(EXPLANATIONS[i])); // escapes its data
            explanation.setName("headline." + KEYS[i] + ".explanation");
            explanation.putClientProperty("FlatLaf.styleClass", "muted");
            explanation.setToolTipText(EXPLANATIONS[i]);
            explanations[i] = explanation;
            add(explanation, c);
            c.fill = GridBagConstraints.NONE;
        }
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (shown != null) {
            show(shown); // colours of undefined values and of their reasons follow the theme
        }
    }

    void show(AgreementReport report) {
        shown = report;
        summary.setText(String.join(", ", report.annotators()) + " on " + Counted.of(report.articles(), "article") + ", "
                + Counted.of(report.tokens(), "token"));
        Score[] scores = {report.tokenLevel().percentAgreement(), report.tokenLevel().cohenKappaMeanPairwise(),
                report.tokenLevel().fleissKappa(), report.tokenLevel().krippendorffAlphaNominal(),
                report.unitizing().alphaUOverall()};
        for (int i = 0; i < scores.length; i++) {
            values[i].setText(ScoreFormat.brief(scores[i]));
            values[i].setToolTipText(ScoreFormat.text(scores[i]));
            values[i].setForeground(scores[i].isDefined() ? UIManager.getColor("Label.foreground") : ScoreFormat.undefined());
            // an undefined value says why, where the eye already is
            explanations[i].setText(scores[i].isDefined() ? EXPLANATIONS[i]
                    : "<html><font color='" + hex(ThemeColours.get(ThemeColours.WARNING)) + "'>Why undefined: " + escape(scores[i].undefinedReason()) + ".</font> "
                    + escape(EXPLANATIONS[i]) + "</html>");
        }
    }

    private static String hex(java.awt.Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
