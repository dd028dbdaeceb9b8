package io.storytrace.bench;

import io.storytrace.lineage.LineageTracer;
import io.storytrace.lineage.Precedence;
import io.storytrace.lineage.QuoteAuditor;
import io.storytrace.lineage.QuoteLineage;
import io.storytrace.lineage.StoryFixture;
import io.storytrace.lineage.StoryVersions;
import io.storytrace.lineage.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * Time to trace the quotations of one story and audit them, the part of {@code storytrace trace}
 * that grows with the size of the story rather than of the corpus. The story is core's
 * persona-rewrite fixture (a faithful report, a content-farm rewrite, a faithful copy) repeated
 * until it has the given number of versions, each repeat crediting the faithful report; the
 * findings audited are those of the first content-farm version.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class LineageBenchmark {

    @Param({"3", "12", "30", "100"})
    public int versions;

    private final LineageTracer tracer = LineageTracer.standard();
    private final QuoteAuditor auditor = new QuoteAuditor();
    private StoryVersions story;

    @Setup
    public void load() {
        StoryVersions base;
        try (InputStream in =
                LineageBenchmark.class
                        .getClassLoader()
                        .getResourceAsStream("fixtures/lineage/persona-rewrite.json")) {
            base = StoryFixture.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Version> all = new ArrayList<>();
        List<Precedence> precedences = new ArrayList<>();
        String origin = base.versions().getFirst().id();
        for (int i = 0; all.size() < versions; i++) {
            for (Version v : base.versions()) {
                if (all.size() == versions) {
                    break;
                }
                String id = i == 0 ? v.id() : v.id() + "-" + i;
                all.add(new Version(id, v.analyzed()));
                if (i > 0 || !v.id().equals(origin)) {
                    precedences.add(new Precedence(origin, id, "names the origin"));
                }
            }
        }
        story = new StoryVersions(all, precedences);
    }

    /**
     * What {@code trace} does for one article: the story's lineage, then one version's findings.
     */
    @Benchmark
    public Object traceAndAudit() {
        QuoteLineage lineage = tracer.trace(story);
        return auditor.audit(lineage, story, "buzzline-daily");
    }
}
