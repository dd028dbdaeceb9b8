package io.storytrace.quote;

import io.storytrace.text.Passage;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import io.storytrace.text.SpanSet;
import io.storytrace.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds statements reported in the reporter's words: a reporting verb followed by "that" or "how"
 * ("Connor mentioned that …", "told reporters that …", "stating that …"), "said" followed by a
 * clause, and "According to Smith, …". At most one statement per sentence, the first; a clause that
 * opens with a quotation mark is a quotation, not reported speech.
 */
final class ReportedSpeechFinder {

    private static final Set<String> CLAUSE_LINKS = Set.of("that", "how", "why", "whether");

    /** Words that open a reported clause after "said" when "that" is left out. */
    private static final Set<String> CLAUSE_SUBJECTS =
            Set.of(
                    "the", "a", "an", "he", "she", "they", "it", "we", "his", "her", "their", "its",
                    "this", "there");

    /**
     * How many words may stand between a cue verb and its "that" ("told reporters on Monday that").
     */
    private static final int MAX_GAP = 6;

    /** How many tokens before its verb a clause's subject may stand. */
    private static final int SUBJECT_REACH = 30;

    /** How many tokens the owner of a reporting noun may run: "FBI Director James Comey's". */
    private static final int OWNER_REACH = 5;

    private final QuoteLexicon lexicon;
    private final SubjectReader subjects;
    private final OutletRecognizer outlets;

    ReportedSpeechFinder(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        this.subjects = new SubjectReader(lexicon);
        this.outlets = new OutletRecognizer(lexicon);
    }

    /** A statement found, with the speaker still to resolve. */
    record Found(Span content, Span sentence, SpeakerRef speaker, String cue, String outlet) {}

    List<Found> find(Passage passage, SpanSet speech) {
        List<Found> found = new ArrayList<>();
        for (int s = 0; s < passage.sentences().size(); s++) {
            if (passage.inHeadline(s)) {
                continue;
            }
            Found statement = inSentence(passage, s, speech);
            if (statement != null) {
                found.add(statement);
            }
        }
        return found;
    }

    /**
     * The interview a reported statement's sentence ends by naming, after its last quotation ("Hale
     * said that the lineout had been “…” in an interview with the Guardian"): a frame opening with
     * "in", "during" or "speaking" there is the speaker's, not someone's inside the statement
     * ("said that Ruiz told the BBC …"). Null when there is none.
     */
    private OutletRecognizer.Credit trailingFrame(List<Token> tokens, int start) {
        int close = -1;
        for (int k = start; k < tokens.size(); k++) {
            if (Mark.is(tokens.get(k))) {
                close = k;
            }
        }
        if (close < 0) {
            return null;
        }
        OutletRecognizer.Credit credit = outlets.find(tokens, close + 1, tokens.size());
        return credit != null && TRAILING.contains(tokens.get(credit.start()).lower())
                ? credit
                : null;
    }

    /** Words that open a frame naming the interview a whole statement came from. */
    private static final java.util.Set<String> TRAILING =
            java.util.Set.of("in", "during", "speaking");

    private Found inSentence(Passage passage, int s, SpanSet speech) {
        List<Token> tokens = passage.tokensOf(s);
        Sentence sentence = passage.sentences().get(s);
        Found according = accordingTo(passage, tokens, sentence);
        if (according != null) {
            return according;
        }
        for (int c = 0; c < tokens.size(); c++) {
            Cue cue = lexicon.cue(tokens.get(c));
            if (cue == null
                    || !cue.can(Cue.Use.REPORTED)
                    || speech.contains(tokens.get(c).start())
                    || c > 0 && PhraseReader.DETERMINERS.contains(tokens.get(c - 1).lower())
                    || objectOfInfinitive(tokens, c)) {
                // "wrote in a note to clients that": after a determiner the cue's form is a noun
                continue;
            }
            int start = contentStart(tokens, c, cue);
            if (start < 0 || start >= tokens.size() || Mark.is(tokens.get(start))) {
                continue;
            }
            SpeakerRef subject = subject(tokens, c);
            if (subject == null || writer(subject)) {
                continue;
            }
            Span content = content(passage.text(), tokens, start, sentence.span());
            if (content == null || speech.contains(content.start())) {
                continue;
            }
            OutletRecognizer.Credit credit = outlets.find(tokens, 0, start);
            if (credit == null) {
                credit = trailingFrame(tokens, start);
            }
            return new Found(
                    content,
                    sentence.span(),
                    subject,
                    tokens.get(c).text(),
                    credit == null ? null : credit.outlet());
        }
        return null;
    }

    /**
     * Whether the cue form at {@code c} ends in "s" after "to", a verb and perhaps one more word,
     * so that it is a plural noun, the verb's object: "instructed to approve accomplishment reports
     * for projects that …".
     */
    private static boolean objectOfInfinitive(List<Token> tokens, int c) {
        if (!tokens.get(c).lower().endsWith("s")) {
            return false;
        }
        for (int k = c - 1; k >= 1 && c - k <= 2; k--) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD || token.capitalized()) {
                return false;
            }
            if (tokens.get(k - 1).lower().equals("to")) {
                return true;
            }
        }
        return false;
    }

    /** "I have to say…": the writer's own voice is commentary, not reported speech. */
    private static boolean writer(SpeakerRef subject) {
        return subject.kind() == SpeakerRef.Kind.PRONOUN
                && (subject.text().equals("i") || subject.text().equals("we"));
    }

    /** Where the reported clause starts after the cue at {@code c}, or -1. */
    private int contentStart(List<Token> tokens, int c, Cue cue) {
        for (int k = c + 1; k < tokens.size() && k - c <= MAX_GAP; k++) {
            Token token = tokens.get(k);
            String word = token.lower();
            if (CLAUSE_LINKS.contains(word)) {
                return k + 1;
            }
            if (token.is('.') || token.is(';') || Mark.is(token) || lexicon.cue(word) != null) {
                break;
            }
        }
        return saysClause(tokens, c, cue) ? c + 1 : -1;
    }

    /**
     * "Lind said the book took nine years": "said" straight before a clause's subject, with no
     * quotation in the rest of the sentence.
     */
    private static boolean saysClause(List<Token> tokens, int c, Cue cue) {
        if (!cue.lemma().equals("say") || c + 2 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(c + 1).lower();
        if (!CLAUSE_SUBJECTS.contains(next)) {
            return false;
        }
        for (int k = c + 1; k < tokens.size(); k++) {
            if (Mark.is(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    private SpeakerRef subject(List<Token> tokens, int c) {
        String word = tokens.get(c).lower();
        boolean participle = word.endsWith("ing");
        if (c > 0 && PhraseReader.possessive(tokens.get(c - 1))) {
            // "battered by James Comey's claim that her actions were …": the claim is the one
            // named as its owner's, not the sentence subject's
            SubjectReader.Read owner = subjects.backward(tokens, c, Math.max(0, c - OWNER_REACH));
            if (owner != null && owner.ref().kind() == SpeakerRef.Kind.NAME) {
                return owner.ref();
            }
        }
        if (!participle) {
            // "Helen Abara, the MP for Wyebridge and Ledbury, whose seat is rural, said she
            // would act": the name before the appositives, not the last capital in them
            SpeakerRef read = subjects.ofCue(tokens, c, 0);
            if (read != null) {
                return read;
            }
        }
        return subjects.subjectOf(tokens, Math.max(0, c - SUBJECT_REACH), c);
    }

    /** "According to Smith, the plan …": Smith reports the clause after the comma. */
    private Found accordingTo(Passage passage, List<Token> tokens, Sentence sentence) {
        if (tokens.size() < 5
                || !tokens.get(0).text().equalsIgnoreCase("according")
                || !tokens.get(1).text().equals("to")) {
            return null;
        }
        int comma = -1;
        for (int k = 2; k < tokens.size() && k < 12; k++) {
            if (tokens.get(k).is(',')) {
                comma = k;
                break;
            }
        }
        if (comma < 0 || outlets.namesOutlet(tokens, 2, comma)) {
            return null;
        }
        SubjectReader.Read subject = subjects.source(tokens, 2, comma);
        Span content = content(passage.text(), tokens, comma + 1, sentence.span());
        if (subject == null || content == null) {
            return null;
        }
        return new Found(content, sentence.span(), subject.ref(), "according to", null);
    }

    private static Span content(CharSequence text, List<Token> tokens, int start, Span sentence) {
        int end = sentence.end();
        while (end > tokens.get(start).start()
                && ".!?…;”’\"' ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int from = tokens.get(start).start();
        return end > from ? new Span(from, end) : null;
    }
}
