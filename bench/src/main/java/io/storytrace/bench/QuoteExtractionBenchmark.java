package io.storytrace.bench;

import io.storytrace.mention.NameFinder;
import io.storytrace.mention.NameLexicon;
import io.storytrace.mention.Names;
import io.storytrace.quote.QuoteExtraction;
import io.storytrace.quote.QuoteExtractor;
import io.storytrace.text.Passage;
import io.storytrace.text.PrintedMarks;
import io.storytrace.text.Sentence;
import io.storytrace.text.SentenceSplitter;
import io.storytrace.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second on one core for sentence splitting alone and for sentence splitting plus
 * quote extraction (tokens, names, quotations with speakers and outlets, reported speech). One
 * operation is one article: the seed page (3.2k characters), or the next of the hard-case fixtures
 * in turn (short articles).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class QuoteExtractionBenchmark {

    private static final List<String> FIXTURES =
            List.of(
                    "british-single-quotes",
                    "commentary-first-person",
                    "guillemets-and-low-quotes",
                    "headline-single-quotes",
                    "multi-paragraph-quote",
                    "nested-quotes",
                    "outlet-credits",
                    "reported-speech",
                    "speaker-two-sentences-before",
                    "split-quote-pronoun",
                    "straight-quotes-apostrophes",
                    "titles-and-scare-quotes",
                    "two-speakers-one-paragraph",
                    "unclosed-quote");

    @Param({"seed", "fixtures"})
    public String articles;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final NameFinder names = new NameFinder(NameLexicon.standard());
    private final QuoteExtractor quotes = QuoteExtractor.standard();
    private List<String> texts;
    private int next;

    @Setup
    public void load() {
        texts = new ArrayList<>();
        if (articles.equals("seed")) {
            texts.add(read("fixtures/seed/000_d006121618f9e465.txt"));
        } else {
            for (String name : FIXTURES) {
                texts.add(read("fixtures/analysis/" + name + ".txt"));
            }
        }
    }

    private String nextText() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return text;
    }

    @Benchmark
    public List<Sentence> splitSentences() {
        return splitter.split(nextText());
    }

    @Benchmark
    public QuoteExtraction splitAndExtractQuotes() {
        String text = PrintedMarks.read(nextText());
        Passage passage = Passage.of(text, splitter.split(text), true, tokenizer);
        Names found = names.find(passage);
        return quotes.extract(passage, found);
    }

    private static String read(String resource) {
        try (InputStream in =
                QuoteExtractionBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark article " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n")
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
