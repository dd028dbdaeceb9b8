/**
 * The stage contracts and the front door that runs them: {@link io.storytrace.pipeline.Pipeline}
 * turns a raw document into an analysed article, one {@link io.storytrace.pipeline.Outcome} per
 * input so that a bad document never stops a batch.
 */
package io.storytrace.pipeline;
