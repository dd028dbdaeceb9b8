package io.storytrace.lineage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.article.Link;
import io.storytrace.extract.PublishedTimeParser;
import io.storytrace.finding.Finding;
import io.storytrace.quote.OutletBasis;
import io.storytrace.quote.Quote;
import io.storytrace.quote.SpeakerBasis;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a story fixture: versions written out with their quotations, speakers and the findings
 * analysis would give, so lineage is tested apart from quotation extraction. Quotation texts are
 * located in the article's text in order; a split quotation lists its parts.
 */
public final class StoryFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryFixture() {}

    /** Reads the fixture at {@code path}. */
    public static StoryVersions read(Path path) {
        try {
            return read(JSON.readTree(path.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a fixture from a stream, such as a resource of the test jar. */
    public static StoryVersions read(InputStream in) {
        try {
            return read(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StoryVersions read(JsonNode root) {
        {
            List<Version> versions = new ArrayList<>();
            for (JsonNode node : root.path("versions")) {
                versions.add(version(node));
            }
            List<Precedence> precedences = new ArrayList<>();
            for (JsonNode node : root.path("precedences")) {
                precedences.add(
                        new Precedence(
                                node.get("earlier").asText(),
                                node.get("later").asText(),
                                node.get("basis").asText()));
            }
            List<Counterpart> counterparts = new ArrayList<>();
            for (JsonNode node : root.path("counterparts")) {
                counterparts.add(
                        new Counterpart(
                                node.get("a").asText(),
                                span(versions, node.get("a").asText(), node.get("textA").asText()),
                                node.get("b").asText(),
                                span(
                                        versions,
                                        node.get("b").asText(),
                                        node.get("textB").asText())));
            }
            return new StoryVersions(versions, precedences, counterparts);
        }
    }

    private static Span span(List<Version> versions, String id, String sentence) {
        Version version =
                versions.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
        int at = version.analyzed().article().text().indexOf(sentence);
        if (at < 0) {
            throw new IllegalArgumentException("sentence not in " + id + ": " + sentence);
        }
        return new Span(at, at + sentence.length());
    }

    /** The speaker's basis as the fixture gives it; a speaker given without one is named. */
    private static SpeakerBasis basis(JsonNode quote) {
        if (quote.hasNonNull("basis")) {
            return SpeakerBasis.valueOf(quote.get("basis").asText());
        }
        return quote.hasNonNull("speaker") ? SpeakerBasis.NAMED : null;
    }

    static Version version(JsonNode node) {
        List<String> paragraphs = new ArrayList<>();
        node.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        List<Link> links = new ArrayList<>();
        node.path("links")
                .forEach(
                        l ->
                                links.add(
                                        new Link(
                                                l.get("url").asText(),
                                                l.path("text").asText(""),
                                                Link.Role.valueOf(l.path("role").asText("BODY")))));
        Article article =
                Article.builder(node.get("id").asText())
                        .outlet(node.path("outlet").asText(null))
                        .url(node.path("url").asText(null))
                        .headline(node.path("headline").asText(""))
                        .published(
                                node.hasNonNull("published")
                                        ? new PublishedTimeParser()
                                                .parse(node.get("published").asText())
                                                .orElseThrow()
                                        : null)
                        .paragraphs(paragraphs)
                        .links(links)
                        .build();
        String text = article.text();
        List<Quote> quotes = new ArrayList<>();
        int from = 0;
        for (JsonNode q : node.path("quotes")) {
            List<Span> spans = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            if (q.has("parts")) {
                q.get("parts").forEach(p -> parts.add(p.asText()));
            } else {
                parts.add(q.get("text").asText());
            }
            for (String part : parts) {
                int at = text.indexOf(part, from);
                if (at < 0) {
                    throw new IllegalArgumentException("quote not in text: " + part);
                }
                spans.add(new Span(at, at + part.length()));
                from = at + part.length();
            }
            quotes.add(
                    new Quote(
                            String.join(" ", parts),
                            spans,
                            spans.size() > 1 ? Quote.Kind.SPLIT : Quote.Kind.FULL,
                            q.path("speaker").asText(null),
                            basis(q),
                            q.path("cue").asText(null),
                            q.path("outlet").asText(null),
                            q.hasNonNull("outlet") ? OutletBasis.CREDITED : null));
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Sentence> commentary = new ArrayList<>();
        for (JsonNode c : node.path("commentary")) {
            int at = text.indexOf(c.asText());
            commentary.add(
                    new Sentence(
                            commentary.size(),
                            1,
                            new Span(at, at + c.asText().length()),
                            c.asText()));
        }
        if (!commentary.isEmpty()) {
            findings.add(new Finding.Commentary(commentary, "first-person opinion"));
        }
        for (JsonNode a : node.path("attributionInside")) {
            Quote quote = quotes.get(a.get("quote").asInt());
            int at = text.indexOf(a.get("text").asText(), quote.extent().start());
            findings.add(
                    new Finding.AttributionInsideQuote(
                            quote,
                            new Span(at, at + a.get("text").asText().length()),
                            "the quotation names its own speaker"));
        }
        return new Version(
                node.get("id").asText(),
                new AnalyzedArticle(article, sentences, quotes, List.of(), findings));
    }
}
