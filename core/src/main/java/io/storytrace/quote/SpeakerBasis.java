package io.storytrace.quote;

/**
 * What the text offers for a quotation's speaker, from the strongest evidence to the weakest. A
 * reader, and a finding about a publisher, can then tell a speaker the article names beside the
 * words from one Storytrace inferred. {@code storytrace eval quotes} reports speaker accuracy for
 * each.
 */
public enum SpeakerBasis {
    /** An attribution beside or inside the quotation names the speaker: “…,” Connor said. */
    NAMED("named beside the quotation"),
    /**
     * An attribution beside the quotation refers back to someone named before: “…,” she said; “…,”
     * the actor said.
     */
    REFERENCE("a pronoun or noun beside the quotation, resolved to someone named before"),
    /**
     * A fragment inside the reporter's sentence takes the sentence's subject: Trump called it
     * “totally foreign”.
     */
    SUBJECT("the subject of the sentence the fragment is part of"),
    /**
     * No attribution of its own: the quotation goes on from the quotation or statement before it,
     * with no one else speaking in between.
     */
    CONTINUED("no attribution of its own; continues the quotation or statement before it"),
    /**
     * Words quoted twice in the article, named beside one of the two: at the top of the article and
     * again further down, or named first and then again beside only a pronoun.
     */
    REPEATED("the same words are quoted elsewhere in the article with a speaker"),
    /**
     * No attribution and no quotation to continue: the person the sentences before are about, or
     * the first person a headline names. A guess, shown as one.
     */
    CONTEXT("inferred from the people the passage is about; no attribution");

    private final String description;

    SpeakerBasis(String description) {
        this.description = description;
    }

    /** What the basis means, in words for a report. */
    public String description() {
        return description;
    }

    /** Whether the article itself attributes the words, rather than Storytrace inferring whom. */
    public boolean attributed() {
        return this != CONTEXT && this != REPEATED;
    }
}
