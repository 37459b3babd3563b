package io.veritag.service.adjudication;

import io.veritag.agreement.adjudication.Settlement;
import io.veritag.model.ArticleSummary;
import io.veritag.model.gold.DisagreementKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where one article of a batch stands: how many unanimous spans were just pre-accepted, how much is
 * settled, the open disagreements by kind, and whether its gold is older than the annotations
 * ({@link ArticleAdjudication#goldStale()}).
 */
public record ArticleProgress(ArticleSummary article, int preAccepted, Settlement settlement,
                              Map<DisagreementKind, Integer> openByKind, boolean goldStale, int linksCarried) {
    public ArticleProgress {
        openByKind = Map.copyOf(openByKind);
    }

    public static ArticleProgress of(ArticleAdjudication state, int preAccepted) {
        return of(state, preAccepted, 0);
    }

    /** @param linksCarried how many unanimous links were just carried into gold */
    public static ArticleProgress of(ArticleAdjudication state, int preAccepted, int linksCarried) {
        Map<DisagreementKind, Integer> open = new EnumMap<>(DisagreementKind.class);
        state.disagreements().stream().filter(g -> !state.isSettled(g.key()))
                .forEach(g -> open.merge(g.kind(), 1, Integer::sum));
        var article = state.article();
        return new ArticleProgress(new ArticleSummary(article.id(), article.externalId(), article.title(),
                article.source(), article.length()), preAccepted, state.settlement(), open, state.goldStale(), linksCarried);
    }
}
