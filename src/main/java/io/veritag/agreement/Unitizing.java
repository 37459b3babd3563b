package io.veritag.agreement;

import java.util.Map;

/**
 * Krippendorff's alpha_u on the character continuum: overall (1 − mean D_o / mean D_e over the labels that
 * at least one annotator used) and per label (label order). Not clamped: it can fall far below −1.
 */
public record Unitizing(Score alphaUOverall, Map<String, Score> alphaUPerLabel) {
}
