package io.storytrace.finding;

import io.storytrace.quote.Quote;
import io.storytrace.quote.QuoteExtraction;
import io.storytrace.quote.QuoteLexicon;
import io.storytrace.text.Passage;
import io.storytrace.text.Span;
import io.storytrace.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Flags a quotation whose own words name its speaker in the third person with a cue verb ("…, which
 * Connor discussed with The Sunday Times."): words a reporter wrote, inside marks that promise the
 * speaker's. A name inside the quotation that is not its speaker ("Smith told me…" said by Jones)
 * is speech about someone else and is not flagged.
 */
public final class AttributionInsideQuoteDetector {

    /** How many words may stand between the name and its cue verb ("Connor later discussed"). */
    private static final int MAX_GAP = 3;

    private static final Set<String> CLAUSE_STARTS = Set.of("which", "as", "who", "what", "that");

    private final QuoteLexicon lexicon;

    public AttributionInsideQuoteDetector(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The quotations of {@code extraction} that carry their own attribution. */
    public List<Finding> detect(Passage passage, QuoteExtraction extraction) {
        List<Finding> findings = new ArrayList<>();
        for (Quote quote : extraction.quotes()) {
            for (Span part : quote.spans()) {
                Span attribution = attributionIn(passage, part, quote.speaker());
                if (attribution != null) {
                    findings.add(
                            new Finding.AttributionInsideQuote(
                                    quote,
                                    attribution,
                                    "the quoted words name "
                                            + (quote.speaker() == null
                                                    ? "a speaker"
                                                    : quote.speaker())
                                            + " in the third person with a cue verb: “"
                                            + attribution.of(passage.text())
                                            + "”"));
                    break;
                }
            }
        }
        return findings;
    }

    private Span attributionIn(Passage passage, Span part, String speaker) {
        List<Token> tokens =
                passage.tokens()
                        .subList(
                                passage.tokenAtOrAfter(part.start()),
                                passage.tokenAtOrAfter(part.end()));
        for (int k = 1; k < tokens.size(); k++) {
            if (!lexicon.isSpeechCue(tokens.get(k).text())) {
                continue;
            }
            for (int n = k - 1; n >= 0 && k - n <= MAX_GAP; n--) {
                Token name = tokens.get(n);
                if (name.capitalized() && names(name, speaker) && !name.text().equals("I")) {
                    return new Span(clauseStart(tokens, n), clauseEnd(tokens, k));
                }
            }
        }
        return null;
    }

    private boolean names(Token token, String speaker) {
        if (lexicon.names().notName(token.text())) {
            return false;
        }
        if (speaker == null) {
            return true;
        }
        String[] words = speaker.toLowerCase(Locale.ROOT).split(" ");
        return token.bare().equals(words[words.length - 1]) || token.bare().equals(words[0]);
    }

    private static int clauseStart(List<Token> tokens, int name) {
        if (name > 0 && CLAUSE_STARTS.contains(tokens.get(name - 1).lower())) {
            return tokens.get(name - 1).start();
        }
        return tokens.get(name).start();
    }

    private static int clauseEnd(List<Token> tokens, int cue) {
        int end = tokens.get(cue).end();
        for (int k = cue + 1; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.is(',') || token.is('.') || token.is(';') || token.is('!') || token.is('?')) {
                break;
            }
            end = token.end();
        }
        return end;
    }
}
