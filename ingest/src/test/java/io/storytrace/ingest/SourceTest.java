package io.storytrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTest {

    @TempDir Path dir;

    @Test
    void classifiesArgumentsByWhatTheyName() {
        assertThat(Source.of("https://news.example/feed.xml"))
                .isEqualTo(new Source.WebAddress(URI.create("https://news.example/feed.xml")));
        assertThat(Source.of(dir.toString())).isEqualTo(new Source.Folder(dir));
        assertThat(Source.of("crawl.warc.gz"))
                .isEqualTo(new Source.WarcFile(Path.of("crawl.warc.gz")));
        assertThat(Source.of("old.ARC")).isEqualTo(new Source.WarcFile(Path.of("old.ARC")));
        assertThat(Source.of("dump.jsonl.gz"))
                .isEqualTo(new Source.JsonLines(Path.of("dump.jsonl.gz")));
        assertThat(Source.of("subs.opml")).isEqualTo(new Source.OpmlFile(Path.of("subs.opml")));
        assertThat(Source.of("news.rss")).isEqualTo(new Source.FeedFile(Path.of("news.rss")));
        assertThat(Source.of("atom.xml")).isEqualTo(new Source.FeedFile(Path.of("atom.xml")));
        assertThat(Source.of("page.html")).isEqualTo(new Source.LocalFile(Path.of("page.html")));
        assertThat(Source.of("seed.txt")).isEqualTo(new Source.LocalFile(Path.of("seed.txt")));
    }

    @Test
    void refusesBlankAndMalformedArguments() {
        assertThatThrownBy(() -> Source.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Source.of("http://bad host/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://bad host/x");
    }
}
