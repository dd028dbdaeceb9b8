package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The speaker batteries (docs/quote-labels.md, stops 29 and 30): short passages of everyday news
 * attribution written by writers who never saw Storytrace's code, one family of outlets per file,
 * each passage headed by the last word of the speaker of every quoted span in order ({@code ### w01
 * | Ramirez,Ramirez}). A passage passes when every span is found and every speaker's last word is
 * the one given. Each battery keeps the number of passages it passed when its rules were written;
 * the passages that still fail are listed in the failure message.
 */
class SpeakerBatteryTest {

    private static final QuotePredictor PREDICTOR = new QuotePredictor(ArticleAnalyzer.standard());

    @ParameterizedTest
    @CsvSource({
        "wire, 39",
        "showbiz, 32",
        "world, 35",
        "local, 39",
        "science, 39",
        "uk, 31",
        "feature, 31",
        "rewrite, 33",
        "commonwealth, 35",
        "biz, 36",
        "us, 37",
        "sport, 34",
        "plain, 37",
        "tv, 34",
        "africa, 35",
        "corporate, 38",
        "courts, 37",
        "emergency, 39",
        "india, 36",
        "live, 39",
        "magazine, 32",
        "oceania, 35",
        "metro, 37",
        "techweb, 35",
        "regional, 37"
    })
    void eachBatteryKeepsThePassagesItPassed(String battery, int minPassed) throws IOException {
        List<Passage> passages =
                read(
                        Files.readString(
                                Golden.resource("eval/batteries/" + battery + ".txt"),
                                StandardCharsets.UTF_8));
        List<String> failed = new ArrayList<>();
        for (Passage passage : passages) {
            List<String> found = new ArrayList<>();
            for (QuoteLabel quote : PREDICTOR.predict(passage.id(), passage.text())) {
                found.add(lastWord(quote.speaker()));
            }
            if (!found.equals(passage.speakers())) {
                failed.add(passage.id() + ": expected " + passage.speakers() + ", found " + found);
            }
        }

        assertThat(passages).hasSize(40);
        assertThat(passages.size() - failed.size())
                .as(String.join("\n", failed))
                .isGreaterThanOrEqualTo(minPassed);
    }

    /** One passage: its id, its text and the last word of each quoted span's speaker. */
    private record Passage(String id, String text, List<String> speakers) {}

    private static List<Passage> read(String battery) {
        List<Passage> passages = new ArrayList<>();
        for (String block : battery.split("(?m)^### ")) {
            if (block.isBlank()) {
                continue;
            }
            int newline = block.indexOf('\n');
            String[] header = block.substring(0, newline).split("\\|", 2);
            List<String> speakers = new ArrayList<>();
            for (String speaker : header[1].split(",")) {
                speakers.add(lastWord(speaker));
            }
            passages.add(
                    new Passage(
                            header[0].strip(),
                            block.substring(newline + 1).strip() + "\n",
                            List.copyOf(speakers)));
        }
        return passages;
    }

    /** The last word of a speaker, in lower case, without the stop of "Jr."; "null" for none. */
    private static String lastWord(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return "null";
        }
        String[] words = speaker.strip().split("\\s+");
        return words[words.length - 1].replaceAll("[.,’']+$", "").toLowerCase(Locale.ROOT);
    }
}
