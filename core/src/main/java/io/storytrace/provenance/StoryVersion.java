package io.storytrace.provenance;

import io.storytrace.article.PublishedTime;
import io.storytrace.match.Relation;
import java.util.List;

/**
 * One version of a story as listed.
 *
 * @param articleId the article's id in the corpus
 * @param location where it was read from
 * @param url its web address, or {@code null}
 * @param outlet its outlet, or {@code null} when unknown
 * @param headline its headline
 * @param published its publication time, or {@code null}
 * @param relation how it relates to {@code sourceId}, or {@code null} for the origin
 * @param sourceId the version it derives from, or {@code null}
 * @param directionKnown whether the evidence says which of the two came first
 * @param reasons the evidence for the relation and its direction
 */
public record StoryVersion(
        long articleId,
        String location,
        String url,
        String outlet,
        String headline,
        PublishedTime published,
        Relation relation,
        Long sourceId,
        boolean directionKnown,
        List<String> reasons) {

    public StoryVersion {
        reasons = List.copyOf(reasons);
    }
}
