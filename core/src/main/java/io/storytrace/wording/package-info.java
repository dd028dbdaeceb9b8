/**
 * Wording: the words of a quotation in a canonical form that ignores case, punctuation, quotation
 * marks, spacing and spelling variants, and word-level differences between two wordings.
 */
package io.storytrace.wording;
