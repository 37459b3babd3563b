package io.veritag.agreement;

import io.veritag.model.SourceType;

/** What the link measures compare on a matched span besides its extent: its source type (sources only) and unsure flag. */
public record SpanFlags(SourceType sourceType, boolean unsure) {
    public static final SpanFlags NONE = new SpanFlags(null, false);
}
