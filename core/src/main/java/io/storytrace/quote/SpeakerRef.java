package io.storytrace.quote;

import java.util.Objects;

/**
 * Who an attribution points at, as written: a name, a pronoun or a noun phrase such as "the actor".
 *
 * @param kind what sort of reference it is
 * @param text the words as written ("Connor", "he", "the actor", "Acme")
 * @param offset where the reference starts in the text
 */
record SpeakerRef(Kind kind, String text, int offset) {

    /** The sorts of reference. */
    enum Kind {
        /** A proper name, or a social media handle. */
        NAME,
        /** He, she, they, it. */
        PRONOUN,
        /** A noun phrase for a person named elsewhere: "the actor", "the 20-year-old". */
        PERSON_ROLE,
        /** A noun phrase for an organisation named elsewhere: "the company". */
        ORGANISATION_ROLE,
        /** The subject of the sentence, whatever it is, to be found again: "…, adding: “…”". */
        SENTENCE_SUBJECT,
        /**
         * Someone the article does not name: "a university spokesman", "her coach". The phrase
         * itself is the speaker; no earlier person is guessed.
         */
        UNNAMED,
        /**
         * Words someone else wrote or said, read out or cited by the subject ("the historian read
         * from the diary of a survivor: “…”"): the reader is not the speaker, and no one is
         * guessed.
         */
        RELAYED
    }

    SpeakerRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
