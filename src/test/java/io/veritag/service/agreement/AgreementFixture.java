package io.veritag.service.agreement;

import io.veritag.model.ArticleStatus;
import io.veritag.model.NewArticle;
import io.veritag.store.Store;

/**
 * A small annotated corpus: three articles (one with an emoji before the spans), annotators anna, boris and
 * carol (carol only started article 2), and dmitri who never marked anything.
 */
public final class AgreementFixture {
    public static final String TEXT_1 = "The mayor said the bridge is safe. Officials denied any damage.";
    public static final String TEXT_2 = "🇺🇦 Kherson is free, the governor claimed. Russia may return, some speculate.";
    public static final String TEXT_3 = "Nothing to see here.";

    public long article1;
    public long article2;
    public long article3;
    public long anna;
    public long boris;
    public long carol;

    public static AgreementFixture populate(Store store) {
        AgreementFixture f = new AgreementFixture();
        f.article1 = store.articles().insert(new NewArticle("a1", "Bridge is safe", "Outlet A", null, null, TEXT_1), "sha-1");
        f.article2 = store.articles().insert(new NewArticle("a2", "Kherson is free", "Outlet B", null, null, TEXT_2), "sha-2");
        f.article3 = store.articles().insert(new NewArticle("a3", "Nothing", "Outlet A", null, null, TEXT_3), "sha-3");
        f.boris = store.annotators().getOrCreate("boris").id();
        f.anna = store.annotators().getOrCreate("anna").id();
        f.carol = store.annotators().getOrCreate("carol").id();
        store.annotators().getOrCreate("dmitri");

        store.spans().insert(f.article1, f.anna, 0, 33, "CLAIM", null);
        store.spans().insert(f.article1, f.anna, 35, 62, "DENIAL", null);
        store.spans().insert(f.article1, f.boris, 4, 33, "CLAIM", null);
        store.spans().insert(f.article1, f.boris, 35, 62, "CLAIM", null);
        int kherson = TEXT_2.indexOf("Kherson");
        int claimed = TEXT_2.indexOf(",", kherson + 20) ;
        store.spans().insert(f.article2, f.anna, kherson, claimed, "CLAIM", null);
        store.spans().insert(f.article2, f.boris, kherson, claimed, "CLAIM", null);
        int russia = TEXT_2.indexOf("Russia");
        store.spans().insert(f.article2, f.boris, russia, TEXT_2.length() - 1, "SPECULATION", null);
        store.spans().insert(f.article2, f.carol, russia, TEXT_2.length() - 1, "SPECULATION", null);

        for (long article : new long[] {f.article1, f.article2, f.article3}) {
            store.statuses().set(article, f.anna, ArticleStatus.DONE);
            store.statuses().set(article, f.boris, ArticleStatus.DONE);
        }
        store.statuses().set(f.article2, f.carol, ArticleStatus.IN_PROGRESS);
        return f;
    }
}
