/**
 * Stories and their origins: grouping versions incrementally ({@link
 * io.storytrace.provenance.StoryAssigner}), naming the origin of each story with the reasons
 * ({@link io.storytrace.provenance.OriginFinder}) and the outlets credited upstream.
 */
package io.storytrace.provenance;
