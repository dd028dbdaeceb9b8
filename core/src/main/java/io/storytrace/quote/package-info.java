/**
 * Quotations: finding quoted speech, telling it from titles and scare quotes, and attributing it to
 * a speaker and to the outlet it was given to.
 */
package io.storytrace.quote;
