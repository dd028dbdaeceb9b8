package io.storytrace.quote;

import io.storytrace.text.Passage;
import io.storytrace.text.SpanSet;
import io.storytrace.text.Token;

/**
 * What the speech rules ask of a whole sentence, read once per sentence of one article: the first
 * reporting verb outside quotation marks, and whether any quoted word stands in it. Many quoted
 * regions in one long sentence then cost one pass over it, not one pass each.
 */
final class SentenceCues {

    private static final Token NONE = new Token("", 0, 0, Token.Type.PUNCT);

    private final Passage passage;
    private final SpanSet quoted;
    private final QuoteLexicon lexicon;
    private final Token[] cues;
    private final byte[] quotedWords;

    SentenceCues(Passage passage, SpanSet quoted, QuoteLexicon lexicon) {
        this.passage = passage;
        this.quoted = quoted;
        this.lexicon = lexicon;
        this.cues = new Token[passage.sentences().size()];
        this.quotedWords = new byte[passage.sentences().size()];
    }

    /**
     * The first verb in sentence {@code s} outside the marks that reports speech from anywhere in
     * its sentence ("said", "rejected", "described"; not weak verbs like "talked"), or null.
     */
    Token reportingVerb(int s) {
        if (cues[s] == null) {
            cues[s] = NONE;
            java.util.List<Token> tokens = passage.tokensOf(s);
            for (int k = 0; k < tokens.size(); k++) {
                Token token = tokens.get(k);
                if (token.type() != Token.Type.WORD
                        || quoted.contains(token.start())
                        || k > 0 && silentNoun(tokens.get(k - 1), token)
                        || k > 1
                                && hyphenatedModifier(tokens.get(k - 1))
                                && silentNoun(tokens.get(k - 2), token)
                        || k + 1 < tokens.size()
                                && TEXT_PLACES.contains(tokens.get(k + 1).lower())) {
                    // "from the email", "on Facebook’s (non-negotiable) terms": a noun, not the
                    // verb; "the email mentioned above": this text, not speech
                    continue;
                }
                Cue cue = lexicon.cue(token);
                // not a command opening the sentence in the bare form: "Note the example …"
                if (cue != null
                        && !(k == 0 && token.capitalized() && cue.lemma().equals(token.lower()))
                        && cue.confidence() >= 0.8
                        && !cue.can(Cue.Use.WEAK)
                        && (cue.can(Cue.Use.SPEECH)
                                || cue.can(Cue.Use.REPORTED)
                                || cue.can(Cue.Use.NAMING))) {
                    cues[s] = token;
                    break;
                }
            }
        }
        return cues[s] == NONE ? null : cues[s];
    }

    /**
     * Whether {@code token} after {@code before} is a noun that tells of no speech: "from the
     * email", "on Facebook’s terms". A noun that reports what was said is still read ("his claim
     * that …").
     */
    private static boolean silentNoun(Token before, Token token) {
        return (NOUN_MARKERS.contains(before.lower()) || PhraseReader.possessive(before))
                && !REPORTING_NOUNS.contains(token.lower());
    }

    /** Cue verbs' forms that, as nouns, still report words: "his claim that …". */
    private static final java.util.Set<String> REPORTING_NOUNS =
            java.util.Set.of(
                    "claim",
                    "claims",
                    "remark",
                    "remarks",
                    "comment",
                    "comments",
                    "warning",
                    "warnings",
                    "pledge",
                    "promise",
                    "vow",
                    "admission",
                    "accusation",
                    "reply",
                    "answer",
                    "response",
                    "description",
                    "insistence",
                    "assertion",
                    "boast");

    /** Where in this text a participle points: "the email mentioned above". */
    private static final java.util.Set<String> TEXT_PLACES = java.util.Set.of("above", "below");

    /** A hyphenated word in lower case, which modifies the noun after it: "non-negotiable". */
    private static boolean hyphenatedModifier(Token token) {
        String text = token.text();
        return token.type() == Token.Type.WORD
                && !token.capitalized()
                && text.indexOf('-') > 0
                && text.indexOf('-') < text.length() - 1;
    }

    /** Words that make the word after them a noun: "the email", "their reply". */
    static final java.util.Set<String> NOUN_MARKERS =
            java.util.Set.of(
                    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this");

    /** Whether sentence {@code s} holds a quoted word. */
    boolean quotes(int s) {
        if (quotedWords[s] == 0) {
            quotedWords[s] = 2;
            for (Token token : passage.tokensOf(s)) {
                if (token.type() == Token.Type.WORD && quoted.contains(token.start())) {
                    quotedWords[s] = 1;
                    break;
                }
            }
        }
        return quotedWords[s] == 1;
    }
}
