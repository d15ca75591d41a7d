package app.nenpyo.ingest;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved HTML article page: its article text, title, publication date and address.
 *
 * <p>The text comes from {@code <article>} (the longest, when a page has several), else
 * {@code <main>}, else {@code [itemprop=articleBody]}, else {@code <body>}, without navigation,
 * header, footer, asides, scripts, styles and forms. The title is og:title, else {@code <title>},
 * else the first h1. The date comes from article:published_time, og:article:published_time,
 * {@code <time datetime>} in the article, JSON-LD datePublished, or meta name=date/pubdate.
 */
record HtmlArticle(String title, String text, Optional<DocumentDate> date, Optional<String> url) {

    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    static HtmlArticle parse(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri);
        String title = firstNonBlank(
                meta(page, "meta[property=og:title]"),
                page.title(),
                page.select("h1").stream().map(Element::text).findFirst().orElse(""));
        Optional<DocumentDate> date = publicationDate(page);
        Optional<String> url = Optional.ofNullable(firstNonBlank(
                meta(page, "meta[property=og:url]"),
                page.select("link[rel=canonical]").attr("href")))
                .filter(s -> !s.isBlank());
        Element content = content(page);
        content.select("nav, header, footer, aside, script, style, noscript, form, button, template, iframe, svg, "
                + "[role=navigation], [aria-hidden=true]").remove();
        return new HtmlArticle(title == null ? "" : title.strip(), HtmlText.of(content), date, url);
    }

    private static Element content(Document page) {
        Elements articles = page.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(e -> e.text().length())).orElseThrow().clone();
        }
        for (String selector : List.of("main", "[itemprop=articleBody]", "[role=main]")) {
            Element e = page.selectFirst(selector);
            if (e != null) {
                return e.clone();
            }
        }
        return page.body().clone();
    }

    private static Optional<DocumentDate> publicationDate(Document page) {
        for (String key : List.of("article:published_time", "og:article:published_time")) {
            Optional<DocumentDate> d = metadataDate(key, meta(page, "meta[property=" + key + "]"));
            if (d.isPresent()) {
                return d;
            }
        }
        Element scope = page.selectFirst("article");
        for (Element time : (scope != null ? scope : page).select("time[datetime]")) {
            Optional<DocumentDate> d = metadataDate("time datetime", time.attr("datetime"));
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                Optional<DocumentDate> d = metadataDate("datePublished", m.group(1));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        for (String name : List.of("date", "pubdate", "publishdate", "publish-date", "datePublished")) {
            Optional<DocumentDate> d = metadataDate(name, meta(page, "meta[name=" + name + "], meta[itemprop=" + name + "]"));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<DocumentDate> metadataDate(String key, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = DateFinder.isoTimestamp(value);
        return date.map(d -> new DocumentDate(d, DateSource.METADATA, key + "=" + value.strip()));
    }

    private static String meta(Document page, String selector) {
        Element e = page.selectFirst(selector);
        return e == null ? "" : e.attr("content");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
