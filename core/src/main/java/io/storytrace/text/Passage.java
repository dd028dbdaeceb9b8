package io.storytrace.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text split into sentences and tokens, the common input of the analysis stages. Block 0 is a
 * headline when {@code headline} is true.
 *
 * @param text the text all offsets refer to
 * @param sentences its sentences in order
 * @param tokens its tokens in order, each inside one sentence
 * @param firstTokens for each sentence, the index of its first token; one more entry holds the
 *     token count
 * @param headline whether block 0 is a headline
 */
public record Passage(
        CharSequence text,
        List<Sentence> sentences,
        List<Token> tokens,
        int[] firstTokens,
        boolean headline) {

    public Passage {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        firstTokens = firstTokens.clone();
        if (firstTokens.length != sentences.size() + 1) {
            throw new IllegalArgumentException("need one first token per sentence and a total");
        }
    }

    /** Tokenizes each of {@code sentences} of {@code text}. */
    public static Passage of(
            CharSequence text, List<Sentence> sentences, boolean headline, Tokenizer tokenizer) {
        List<Token> tokens = new ArrayList<>();
        int[] first = new int[sentences.size() + 1];
        for (int s = 0; s < sentences.size(); s++) {
            first[s] = tokens.size();
            Span span = sentences.get(s).span();
            tokens.addAll(tokenizer.tokenize(text, span.start(), span.end()));
        }
        first[sentences.size()] = tokens.size();
        return new Passage(text, sentences, tokens, first, headline);
    }

    /** The tokens of sentence {@code index}. */
    public List<Token> tokensOf(int index) {
        return tokens.subList(firstTokens[index], firstTokens[index + 1]);
    }

    /** The index of the first token of sentence {@code index}. */
    public int firstToken(int index) {
        return firstTokens[index];
    }

    /** The index of the sentence that holds offset {@code offset}, or the last one before it. */
    public int sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (sentences.get(mid).span().start() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** The index of the first token that starts at or after {@code offset}. */
    public int tokenAtOrAfter(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whether sentence {@code index} lies in the headline. */
    public boolean inHeadline(int index) {
        return headline && sentences.get(index).block() == 0;
    }

    /** The number of the block holding sentence {@code index}. */
    public int blockOf(int index) {
        return sentences.get(index).block();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Passage that
                && text.equals(that.text)
                && sentences.equals(that.sentences)
                && headline == that.headline;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, sentences, headline);
    }

    @Override
    public String toString() {
        return "Passage[" + sentences.size() + " sentences, " + tokens.size() + " tokens]";
    }
}
