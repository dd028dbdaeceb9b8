package io.storytrace.finding;

import io.storytrace.quote.Quote;
import io.storytrace.quote.QuoteExtraction;
import io.storytrace.text.Passage;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import io.storytrace.text.SpanSet;
import io.storytrace.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Flags first-person opinion in what is otherwise a third-person report: a sentence where the
 * writer says "I" or "my" outside any quotation ("As a cinephile who’s seen my fair share…, I must
 * say…"), together with the evaluative sentences that follow it in the same paragraph. An article
 * written in the first person throughout (a column, a review) is left alone: there the voice is the
 * form, not an addition.
 */
public final class CommentaryDetector {

    private static final Set<String> FIRST_PERSON =
            Set.of(
                    "i", "i’m", "i'm", "i’ve", "i've", "i’d", "i'd", "i’ll", "i'll", "me", "my",
                    "mine", "myself");

    /** Words and phrases of evaluation that carry a commentary sentence on. */
    private static final List<String> EVALUATIVE =
            List.of(
                    "nothing short of",
                    "must say",
                    "heartwarming",
                    "clearly",
                    "undoubtedly",
                    "truly",
                    "remarkable",
                    "incredible",
                    "amazing",
                    "stunning",
                    "refreshing",
                    "impressive",
                    "admirable",
                    "inspiring",
                    "brilliant",
                    "wonderful",
                    "delightful",
                    "not only",
                    "safe to say",
                    "without a doubt",
                    "needless to say",
                    "frankly",
                    "honestly",
                    "in my opinion",
                    "personally",
                    "of course",
                    "surely",
                    "arguably",
                    "sadly",
                    "thankfully",
                    "fortunately",
                    "unfortunately",
                    "shameful",
                    "disgraceful");

    /** The largest share of body sentences in the first person for a third-person report. */
    private static final double MAX_FIRST_PERSON_SHARE = 0.34;

    /** The commentary in {@code passage}, whose quotations are in {@code extraction}. */
    public List<Finding> detect(Passage passage, QuoteExtraction extraction) {
        List<Span> quoted = new ArrayList<>();
        for (Quote quote : extraction.quotes()) {
            quoted.addAll(quote.spans());
        }
        SpanSet speech = SpanSet.of(quoted);
        List<Integer> firstPerson = new ArrayList<>();
        int body = 0;
        for (int s = 0; s < passage.sentences().size(); s++) {
            if (passage.inHeadline(s)) {
                continue;
            }
            body++;
            if (!cues(passage, s, speech, FIRST_PERSON).isEmpty()) {
                firstPerson.add(s);
            }
        }
        if (firstPerson.isEmpty()
                || firstPerson.size() > Math.max(1, body * MAX_FIRST_PERSON_SHARE)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        int last = -1;
        for (int s : firstPerson) {
            if (s <= last) {
                continue;
            }
            last = extend(passage, s, speech);
            findings.add(commentary(passage, s, last, speech));
        }
        return findings;
    }

    /** The last sentence of the run of evaluative sentences that follows {@code s} in its block. */
    private int extend(Passage passage, int s, SpanSet speech) {
        int end = s;
        while (end + 1 < passage.sentences().size()
                && passage.blockOf(end + 1) == passage.blockOf(s)
                && !quoted(passage, end + 1, speech)
                && !evaluative(passage.sentences().get(end + 1)).isEmpty()) {
            end++;
        }
        return end;
    }

    private Finding commentary(Passage passage, int from, int to, SpanSet speech) {
        List<Sentence> sentences = passage.sentences().subList(from, to + 1);
        Set<String> personal = new LinkedHashSet<>();
        Set<String> evaluation = new LinkedHashSet<>();
        for (int s = from; s <= to; s++) {
            personal.addAll(cues(passage, s, speech, FIRST_PERSON));
            evaluation.addAll(evaluative(passage.sentences().get(s)));
        }
        StringBuilder reason =
                new StringBuilder("first person outside any quotation in a third-person report (")
                        .append(listed(personal))
                        .append(")");
        if (!evaluation.isEmpty()) {
            reason.append("; evaluative wording (").append(listed(evaluation)).append(")");
        }
        return new Finding.Commentary(sentences, reason.toString());
    }

    private static Set<String> cues(Passage passage, int s, SpanSet speech, Set<String> words) {
        Set<String> found = new LinkedHashSet<>();
        for (Token token : passage.tokensOf(s)) {
            if (words.contains(token.lower()) && !speech.contains(token.start())) {
                found.add(token.text());
            }
        }
        return found;
    }

    private static boolean quoted(Passage passage, int s, SpanSet speech) {
        for (Token token : passage.tokensOf(s)) {
            if (speech.contains(token.start())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> evaluative(Sentence sentence) {
        String lower = " " + sentence.text().toLowerCase(Locale.ROOT) + " ";
        Set<String> found = new LinkedHashSet<>();
        for (String phrase : EVALUATIVE) {
            int at = lower.indexOf(phrase);
            if (at > 0
                    && !Character.isLetter(lower.charAt(at - 1))
                    && !Character.isLetter(lower.charAt(at + phrase.length()))) {
                found.add(phrase);
            }
        }
        return found;
    }

    private static String listed(Set<String> words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append('“').append(word).append('”');
        }
        return out.toString();
    }
}
