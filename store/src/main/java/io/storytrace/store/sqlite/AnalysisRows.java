package io.storytrace.store.sqlite;

import static io.storytrace.store.sqlite.ArticleRows.nullableLong;
import static io.storytrace.store.sqlite.ArticleRows.setLong;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.match.Credit;
import io.storytrace.mention.Mention;
import io.storytrace.quote.OutletBasis;
import io.storytrace.quote.Quote;
import io.storytrace.quote.SpeakerBasis;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes what analysis and profiling found in each article: sentences (as spans into its
 * text), quotations, names and credits; and the summaries of a story's members that origin finding
 * weighs.
 */
public final class AnalysisRows {

    private final Statements sql;

    public AnalysisRows(Database db) {
        this.sql = new Statements(db.connection());
    }

    public void insertSentences(long id, List<Sentence> sentences) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT INTO sentences (article_id, idx, block, start, \"end\")"
                                + " VALUES (?, ?, ?, ?, ?)");
        for (Sentence s : sentences) {
            p.setLong(1, id);
            p.setInt(2, s.index());
            p.setInt(3, s.block());
            p.setInt(4, s.span().start());
            p.setInt(5, s.span().end());
            p.addBatch();
        }
        p.executeBatch();
    }

    public void insertQuotes(long id, List<Quote> quotes) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT INTO quotes (article_id, idx, text, kind, spans, speaker, cue,"
                                + " outlet, speaker_basis, outlet_basis)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        int i = 0;
        for (Quote q : quotes) {
            p.setLong(1, id);
            p.setInt(2, i++);
            p.setString(3, q.text());
            p.setString(4, q.kind().name());
            p.setString(5, spans(q.spans()));
            p.setString(6, q.speaker());
            p.setString(7, q.cue());
            p.setString(8, q.outlet());
            p.setString(9, q.basis() == null ? null : q.basis().name());
            p.setString(10, q.outletBasis() == null ? null : q.outletBasis().name());
            p.addBatch();
        }
        p.executeBatch();
    }

    public void insertMentions(long id, List<Mention> mentions) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT INTO mentions (article_id, idx, text, start, \"end\", type,"
                                + " canonical) VALUES (?, ?, ?, ?, ?, ?, ?)");
        int i = 0;
        for (Mention m : mentions) {
            p.setLong(1, id);
            p.setInt(2, i++);
            p.setString(3, m.text());
            p.setInt(4, m.span().start());
            p.setInt(5, m.span().end());
            p.setString(6, m.type().name());
            p.setString(7, m.canonical());
            p.addBatch();
        }
        p.executeBatch();
    }

    public void insertCredits(long id, List<Credit> credits) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT INTO credits (article_id, idx, outlet, outlet_key, kind, start,"
                                + " \"end\", url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        int i = 0;
        for (Credit c : credits) {
            p.setLong(1, id);
            p.setInt(2, i++);
            p.setString(3, c.outlet());
            p.setString(4, c.key());
            p.setString(5, c.kind().name());
            setLong(p, 6, c.span() == null ? null : (long) c.span().start());
            setLong(p, 7, c.span() == null ? null : (long) c.span().end());
            p.setString(8, c.url());
            p.addBatch();
        }
        p.executeBatch();
    }

    /**
     * {@code article} with its stored sentences, quotations and names (findings are not stored).
     */
    public AnalyzedArticle analyzed(long id, Article article) throws SQLException {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        PreparedStatement p =
                sql.get(
                        "SELECT idx, block, start, \"end\" FROM sentences WHERE article_id = ?"
                                + " ORDER BY idx");
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Span span = new Span(r.getInt(3), r.getInt(4));
                sentences.add(new Sentence(r.getInt(1), r.getInt(2), span, span.of(text)));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        p =
                sql.get(
                        "SELECT text, start, \"end\", type, canonical FROM mentions WHERE article_id = ?"
                                + " ORDER BY idx");
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                mentions.add(
                        new Mention(
                                r.getString(1),
                                new Span(r.getInt(2), r.getInt(3)),
                                Mention.Type.valueOf(r.getString(4)),
                                r.getString(5)));
            }
        }
        return new AnalyzedArticle(article, sentences, quotes(id), mentions, List.of());
    }

    public List<Quote> quotes(long id) throws SQLException {
        List<Quote> quotes = new ArrayList<>();
        PreparedStatement p =
                sql.get(
                        "SELECT text, kind, spans, speaker, cue, outlet, speaker_basis, outlet_basis"
                                + " FROM quotes"
                                + " WHERE article_id = ? ORDER BY idx");
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                quotes.add(
                        new Quote(
                                r.getString(1),
                                parseSpans(r.getString(3)),
                                Quote.Kind.valueOf(r.getString(2)),
                                r.getString(4),
                                basis(r.getString(7)),
                                r.getString(5),
                                r.getString(6),
                                outletBasis(r.getString(8))));
            }
        }
        return quotes;
    }

    /**
     * The stored basis of a speaker; null for none, or for a quotation stored before it was kept.
     */
    private static SpeakerBasis basis(String name) {
        return name == null ? null : SpeakerBasis.valueOf(name);
    }

    /** Where the stored outlet was credited; null for none, or if stored before it was kept. */
    private static OutletBasis outletBasis(String name) {
        return name == null ? null : OutletBasis.valueOf(name);
    }

    public List<Credit> credits(long id) throws SQLException {
        List<Credit> credits = new ArrayList<>();
        PreparedStatement p =
                sql.get(
                        "SELECT outlet, kind, start, \"end\", url FROM credits WHERE article_id = ?"
                                + " ORDER BY idx");
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Long start = nullableLong(r, 3);
                Span span = start == null ? null : new Span(start.intValue(), r.getInt(4));
                credits.add(
                        new Credit(
                                r.getString(1),
                                Credit.Kind.valueOf(r.getString(2)),
                                span,
                                r.getString(5)));
            }
        }
        return credits;
    }

    /**
     * The members of a story as origin finding needs them, read in three queries: each article's
     * address, outlet, headline and time (no body), its credits and its quotations' words.
     */
    public List<io.storytrace.provenance.StoryMember> memberSummaries(long story)
            throws SQLException {
        java.util.Map<Long, Article> articles = new java.util.LinkedHashMap<>();
        PreparedStatement p =
                sql.get(
                        "SELECT id, location, url, outlet, headline, published_at FROM articles"
                                + " WHERE story_id = ? ORDER BY id");
        p.setLong(1, story);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Long at = nullableLong(r, 6);
                articles.put(
                        r.getLong(1),
                        Article.builder(r.getString(2))
                                .url(r.getString(3))
                                .outlet(r.getString(4))
                                .headline(r.getString(5))
                                .published(
                                        at == null
                                                ? null
                                                : io.storytrace.article.PublishedTime.of(
                                                        java.time.Instant.ofEpochSecond(at)
                                                                .atOffset(
                                                                        java.time.ZoneOffset.UTC)))
                                .build());
            }
        }
        java.util.Map<Long, List<Credit>> credits = new java.util.HashMap<>();
        p =
                sql.get(
                        "SELECT c.article_id, c.outlet, c.kind, c.start, c.\"end\", c.url FROM credits c"
                                + " JOIN articles a ON a.id = c.article_id WHERE a.story_id = ?"
                                + " ORDER BY c.article_id, c.idx");
        p.setLong(1, story);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Long start = nullableLong(r, 4);
                credits.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(
                                new Credit(
                                        r.getString(2),
                                        Credit.Kind.valueOf(r.getString(3)),
                                        start == null
                                                ? null
                                                : new Span(start.intValue(), r.getInt(5)),
                                        r.getString(6)));
            }
        }
        java.util.Map<Long, List<String>> quotes = new java.util.HashMap<>();
        p =
                sql.get(
                        "SELECT q.article_id, q.text FROM quotes q JOIN articles a ON a.id = q.article_id"
                                + " WHERE a.story_id = ? ORDER BY q.article_id, q.idx");
        p.setLong(1, story);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                quotes.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        List<io.storytrace.provenance.StoryMember> out = new ArrayList<>();
        articles.forEach(
                (id, article) ->
                        out.add(
                                new io.storytrace.provenance.StoryMember(
                                        id,
                                        article,
                                        credits.getOrDefault(id, List.of()),
                                        quotes.getOrDefault(id, List.of()))));
        return out;
    }

    static String spans(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(s.start()).append('-').append(s.end());
        }
        return out.toString();
    }

    static List<Span> parseSpans(String text) {
        List<Span> spans = new ArrayList<>();
        for (String part : text.split(",")) {
            int dash = part.indexOf('-');
            spans.add(
                    new Span(
                            Integer.parseInt(part.substring(0, dash)),
                            Integer.parseInt(part.substring(dash + 1))));
        }
        return spans;
    }
}
