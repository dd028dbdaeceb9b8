package io.storytrace.extract.metadata;

/**
 * The fields Storytrace reads from a schema.org Article (or subtype) in JSON-LD, each as text or
 * {@code null}.
 */
record JsonLdArticle(
        String headline,
        String author,
        String datePublished,
        String publisher,
        String url,
        String description,
        String articleBody) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, null, null, null, null);
}
