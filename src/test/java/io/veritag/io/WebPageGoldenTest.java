package io.veritag.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.model.NewArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Saved pages built after five outlet layouts (a broadcaster's component blocks, a newspaper with inline
 * newsletter and comments, a WordPress regional with comments and widgets, a wire service writing paragraphs as
 * divs, a Ukrainian table layout in windows-1251), each with the article's text by hand next to it. Measured by
 * words: how much of the article is kept, how much of the output is not article, how much of the page's other
 * text is dropped. The figures are printed for the README.
 */
class WebPageGoldenTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final List<String> PAGES = List.of("broadcaster", "newspaper", "regional-blog", "wire", "regional-uk-cp1251");

    @ParameterizedTest
    @ValueSource(strings = {"broadcaster", "newspaper", "regional-blog", "wire", "regional-uk-cp1251"})
    void mainTextIsTheArticleWithItsParagraphs(String page) {
        NewArticle article = read(page);
        Figures figures = measure(page, article.text());
        assertThat(figures.kept()).as(page + " article words kept").isGreaterThanOrEqualTo(0.97);
        assertThat(figures.noise()).as(page + " output words that are not article").isLessThanOrEqualTo(0.03);
        assertThat(article.text()).as(page + " paragraphs").isEqualTo(expected(page).strip());
    }

    @Test
    void figuresOverAllPages() {
        long expectedWords = 0;
        long keptWords = 0;
        long outputWords = 0;
        long boilerplateWords = 0;
        long boilerplateKept = 0;
        for (String page : PAGES) {
            Figures f = measure(page, read(page).text());
            System.out.printf(Locale.ROOT, "%-20s article words %5d, kept %5.1f %%, output not article %4.1f %%, boilerplate dropped %5.1f %%%n",
                    page, f.expectedWords, 100 * f.kept(), 100 * f.noise(), 100 * f.boilerplateDropped());
            expectedWords += f.expectedWords;
            keptWords += f.keptWords;
            outputWords += f.outputWords;
            boilerplateWords += f.boilerplateWords;
            boilerplateKept += f.outputWords - f.keptWords;
        }
        System.out.printf(Locale.ROOT, "all pages: article words %d, kept %.1f %%, output not article %.1f %%, boilerplate dropped %.1f %%%n",
                expectedWords, 100.0 * keptWords / expectedWords, 100.0 * (outputWords - keptWords) / outputWords,
                100.0 * (boilerplateWords - boilerplateKept) / boilerplateWords);
        assertThat((double) keptWords / expectedWords).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void metadataComesFromThePagesOwnTags() {
        assertThat(read("broadcaster")).satisfies(a -> {
            assertThat(a.title()).isEqualTo("Kherson: Residents return as power restored to city centre");
            assertThat(a.source()).isEqualTo("NBN News"); // JSON-LD publisher before og:site_name
            assertThat(a.url()).isEqualTo("https://www.nbn.example/news/world-europe-63601234");
            assertThat(a.published()).isEqualTo("2022-11-20T14:05:31.000Z");
            assertThat(a.author()).isEqualTo("NBN News");
            assertThat(a.externalId()).isEqualTo("broadcaster");
        });
        assertThat(read("newspaper")).satisfies(a -> {
            assertThat(a.title()).isEqualTo("Grain deal extended for 120 days after last-minute talks");
            assertThat(a.source()).isEqualTo("The Morning Ledger");
            assertThat(a.author()).isEqualTo("Daniel Hart"); // article:author is a profile URL: not a name
            assertThat(a.published()).isEqualTo("2022-11-17T11:42:07.000Z");
            assertThat(a.url()).isEqualTo("https://www.morningledger.example/world/2022/nov/17/grain-deal-extended");
        });
        assertThat(read("regional-blog")).satisfies(a -> { // NewsArticle inside a Yoast @graph, two authors
            assertThat(a.title()).isEqualTo("Council approves new flood barrier for river district");
            assertThat(a.author()).isEqualTo("Megan Price, Tom Ellery");
            assertThat(a.source()).isEqualTo("Valley Courier");
            assertThat(a.url()).isEqualTo("https://valleycourier.example/2022/11/21/council-approves-flood-barrier/");
        });
        assertThat(read("regional-uk-cp1251")).satisfies(a -> { // no JSON-LD: Open Graph, meta author, itemprop date
            assertThat(a.title()).isEqualTo("У Херсоні відновили водопостачання в центральних районах");
            assertThat(a.source()).isEqualTo("Південний вісник");
            assertThat(a.author()).isEqualTo("Ірина Коваль");
            assertThat(a.published()).isEqualTo("2022-11-23T10:30:00+02:00");
            assertThat(a.url()).isEqualTo("https://pivden.example/news/2022/11/23/7377900/");
        });
    }

    static NewArticle read(String page) {
        String name = page + ".html";
        List<NewArticle> articles = new ArrayList<>();
        try (InputStream in = WebPageGoldenTest.class.getResourceAsStream("pages/" + name)) {
            assertThat(in).as(name).isNotNull();
            ArticleReader.forFileName(name).read(name, in, articles::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    private static String expected(String page) {
        try (InputStream in = WebPageGoldenTest.class.getResourceAsStream("pages/" + page + ".expected.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Figures measure(String page, String output) {
        Map<String, Integer> expected = words(expected(page));
        Map<String, Integer> out = words(output);
        String pageText;
        try (InputStream in = WebPageGoldenTest.class.getResourceAsStream("pages/" + page + ".html")) {
            pageText = Jsoup.parse(in, null, "").body().text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long expectedWords = total(expected);
        long outputWords = total(out);
        long kept = 0;
        for (Map.Entry<String, Integer> word : expected.entrySet()) {
            kept += Math.min(word.getValue(), out.getOrDefault(word.getKey(), 0));
        }
        return new Figures(expectedWords, kept, outputWords, total(words(pageText)) - expectedWords);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static long total(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    private record Figures(long expectedWords, long keptWords, long outputWords, long boilerplateWords) {
        double kept() {
            return (double) keptWords / expectedWords;
        }

        double noise() {
            return outputWords == 0 ? 0 : (double) (outputWords - keptWords) / outputWords;
        }

        double boilerplateDropped() {
            return boilerplateWords == 0 ? 1 : 1 - (double) (outputWords - keptWords) / boilerplateWords;
        }
    }
}
