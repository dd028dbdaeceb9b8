/**
 * Analysis of one article on its own: sentences, quotations, names, and the findings that need no
 * other article (commentary, attribution inside a quotation).
 */
package io.storytrace.analyze;
