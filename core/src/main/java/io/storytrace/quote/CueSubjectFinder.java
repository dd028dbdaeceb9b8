package io.storytrace.quote;

import io.storytrace.text.Passage;
import io.storytrace.text.SpanSet;
import io.storytrace.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who speaks in each sentence, whether or not a quotation follows: every cue verb outside the
 * quotations with the phrase that is its subject ("Early says there is a possibility…", "The key,
 * says Buser, is…", "Reed told investors that…"). A pronoun, a role or a quotation with no
 * attribution of its own looks back to these speakers before the people merely named. It reads
 * bounded windows around each verb, so the work grows linearly with the text; it resolves no one:
 * {@link SpeakerResolver} does.
 */
final class CueSubjectFinder {

    /** Who the subject of a cue is, and where the cue stands. */
    record Found(SpeakerRef speaker, int cue) {}

    /** The kinds of subject that can be a speaker. */
    private static final Set<SpeakerRef.Kind> SPEAKERS =
            Set.of(
                    SpeakerRef.Kind.NAME,
                    SpeakerRef.Kind.PRONOUN,
                    SpeakerRef.Kind.PERSON_ROLE,
                    SpeakerRef.Kind.UNNAMED,
                    SpeakerRef.Kind.ORGANISATION_ROLE);

    private final QuoteLexicon lexicon;
    private final SubjectReader subjects;

    CueSubjectFinder(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        this.subjects = new SubjectReader(lexicon);
    }

    /** The cue subjects of {@code passage} outside the quoted {@code speech}, in text order. */
    List<Found> find(Passage passage, SpanSet speech) {
        List<Found> found = new ArrayList<>();
        for (int s = 0; s < passage.sentences().size(); s++) {
            if (passage.inHeadline(s)) {
                continue;
            }
            int first = passage.firstToken(s);
            int end = passage.firstToken(s + 1);
            List<Token> tokens = passage.tokens();
            for (int c = first; c < end; c++) {
                Token token = tokens.get(c);
                Cue cue = lexicon.cue(token);
                if (cue == null
                        || token.capitalized()
                        || cue.can(Cue.Use.WEAK)
                        || !(cue.can(Cue.Use.SPEECH) || cue.can(Cue.Use.REPORTED))
                        || speech.contains(token.start())
                        || QuoteLexicon.nounBeforeVerb(tokens, c)
                        || QuoteLexicon.nounAfterIndefinite(tokens, c, first)
                        || ownedNoun(tokens, c, first)
                        || beforeRole(tokens, c, end)
                        || unsaid(tokens, c, first)
                        || toldIn(tokens, c, first, cue)
                        || objectComplement(tokens, c, end, cue)) {
                    continue;
                }
                SpeakerRef subject = subject(tokens, c, first, end);
                if (subject != null
                        && SPEAKERS.contains(subject.kind())
                        && !(cuedBefore(found, tokens.get(first).start())
                                && inTimeClause(tokens, subject, first))) {
                    found.add(new Found(subject, token.start()));
                }
            }
        }
        return found;
    }

    /**
     * The subject before the verb ("Early says"), or after it when the verb is inverted and the
     * phrase closes the clause ("…, says Buser, is…", "said Jane Obi.").
     */
    private SpeakerRef subject(List<Token> tokens, int c, int first, int end) {
        // "…, told The Hollywood Reporter." names the listener after the verb, never the speaker.
        // "…, Shaun Bowles, confirmed her death to Nine News.": an owner or object after the verb
        // opens what was said, not who said it
        // "…,” Brell said, adding a plug for himself as mayor.": what follows a participle is
        // what it adds, never who speaks
        boolean inverted =
                c > first
                        && !tokens.get(c).lower().endsWith("ing")
                        && (tokens.get(c - 1).is(',') || Mark.is(tokens.get(c - 1)))
                        && !lexicon.cue(tokens.get(c)).can(Cue.Use.LISTENER)
                        && !(c + 1 < end && OBJECTS.contains(tokens.get(c + 1).lower()));
        if (inverted) {
            SubjectReader.Read after = subjects.forward(tokens, c + 1, end);
            if (after != null && (after.next() >= end || closes(tokens.get(after.next())))) {
                return after.ref();
            }
        }
        int from = first;
        if (Mark.is(tokens.get(first)) && tokens.get(c - 1).is(',')) {
            for (int k = c - 1; k > first; k--) {
                if (Mark.is(tokens.get(k))) {
                    // "“…,” Panganga Pungowiyi, an organizer …, and a resident of Nome, told me.":
                    // the appositives after the name that opens the clause after the quotation
                    from = k + 1 < c && tokens.get(k + 1).is(',') ? k + 2 : k + 1;
                    break;
                }
            }
        }
        boolean named = from < c && from > first && tokens.get(from).capitalized();
        return subjects.ofCue(tokens, c, named ? from : first);
    }

    /**
     * Whether the cue form at {@code c} is a noun after an article, or after an owner who is the
     * object of a preposition or a verb: "the remarks", "Asked about Pruitt's comments". No one
     * speaks there; but "Sveinsdottir's reply – “…”" is hers.
     */
    private static boolean ownedNoun(List<Token> tokens, int c, int first) {
        if (c <= first) {
            return false;
        }
        if (PhraseReader.ARTICLES.contains(tokens.get(c - 1).lower())) {
            return true;
        }
        if (!PhraseReader.possessive(tokens.get(c - 1))) {
            return false;
        }
        int k = c - 2;
        while (k >= first && tokens.get(k).capitalized() && c - k <= OWNER_WORDS) {
            k--;
        }
        // and "Biden rubbished Trump’s claim": an owner after a verb is its object, not the one
        // the sentence is about
        return k >= first
                && tokens.get(k).type() == Token.Type.WORD
                && !tokens.get(k).capitalized();
    }

    /**
     * Whether the cue form at {@code c} comes right before a role noun, so that it qualifies the
     * role: "The federation’s state secretary, Bernadette O’Callaghan, said".
     */
    private boolean beforeRole(List<Token> tokens, int c, int end) {
        return c + 1 < end && lexicon.roles().contains(tokens.get(c + 1).lower());
    }

    /** How many words an owner's name may run before its possessive: "Calvin Pruitt's". */
    private static final int OWNER_WORDS = 4;

    /** Words just before a cue verb that say nothing was said: "declined to comment". */
    private static final Set<String> UNSAID =
            Set.of("declined", "refused", "not", "n't", "never", "without", "unable");

    /** How many words before a cue verb the words that deny it are looked for. */
    private static final int UNSAID_REACH = 3;

    /**
     * Whether the cue at {@code c} is denied: "A spokeswoman declined to comment", "did not
     * respond", "could not say". The subject of such a verb says nothing.
     */
    static boolean unsaid(List<Token> tokens, int c, int first) {
        for (int k = c - 1; k >= first && c - k <= UNSAID_REACH; k--) {
            if (UNSAID.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue at {@code c} is a verb of telling in the passive: "a girl who is told she is
     * “too loud”", "residents were informed that …". Its subject is the one spoken to.
     */
    private static boolean toldIn(List<Token> tokens, int c, int first, Cue cue) {
        return c > first
                && cue.can(Cue.Use.LISTENER)
                && AttributionFinder.PASSIVE.contains(tokens.get(c - 1).lower());
    }

    /**
     * Whether the cue at {@code c} takes an object and its complement, and so says what someone was
     * made or judged to be: "two hours after news outlets declared him the victor". A verb of
     * telling is left alone ("told him the news").
     */
    private static boolean objectComplement(List<Token> tokens, int c, int end, Cue cue) {
        return c + 2 < end
                && !cue.can(Cue.Use.LISTENER)
                && COMPLEMENTED.contains(tokens.get(c + 1).lower())
                && PhraseReader.ARTICLES.contains(tokens.get(c + 2).lower());
    }

    /** Object pronouns that a complement can follow: "declared him the victor". */
    private static final Set<String> COMPLEMENTED = Set.of("him", "her", "them", "it", "us", "me");

    /** Whether a cue subject was found in the sentence starting at {@code start} already. */
    private static boolean cuedBefore(List<Found> found, int start) {
        return !found.isEmpty() && found.getLast().cue() >= start;
    }

    /** Conjunctions that open a clause of time in the past: "after de Blasio stated …". */
    private static final Set<String> TIME_CONJUNCTIONS =
            Set.of("after", "before", "until", "since", "once");

    /**
     * Whether {@code subject} opens a clause of time: "“…,” Ron Lieberman told the Wall Street
     * Journal in July, after de Blasio stated an interest in ending business with Trump." The
     * sentence's own cue came first, and the quotation that goes on is still its speaker's.
     */
    private static boolean inTimeClause(List<Token> tokens, SpeakerRef subject, int first) {
        int k = first;
        while (k < tokens.size() && tokens.get(k).start() < subject.offset()) {
            k++;
        }
        while (k > first
                && (tokens.get(k - 1).capitalized()
                        || tokens.get(k - 1).is('.')
                        || PhraseReader.PARTICLES.contains(tokens.get(k - 1).text()))) {
            // past a title and the name's particles: "after Mayor Bill de Blasio stated"
            k--;
        }
        return k > first && TIME_CONJUNCTIONS.contains(tokens.get(k - 1).lower());
    }

    /** Pronouns that own or receive, never the subject of an inverted cue: "confirmed her …". */
    private static final Set<String> OBJECTS =
            Set.of("her", "his", "its", "their", "our", "my", "your", "him", "them", "us", "me");

    private static boolean closes(Token token) {
        return token.is(',') || token.is('.') || token.is(';') || token.is('(');
    }
}
