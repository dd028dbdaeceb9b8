package io.storytrace.quote;

/**
 * Where the text credits a quotation's outlet: beside the quotation, or earlier, for the interview
 * the quotation goes on with ("He told The Sunday Times that … ¶ “…,” he said.").
 */
public enum OutletBasis {
    /** The quotation's own attribution, or the sentence it is part of, credits the outlet. */
    CREDITED,
    /**
     * An earlier quotation or sentence by the same speaker credits it, a few paragraphs back at
     * most and with no other outlet named since.
     */
    CARRIED
}
