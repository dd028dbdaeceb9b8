/**
 * The sample corpus bundled with the app: story families written for the demo and the tests, each
 * with a truth file that names its versions, its origin and the articles that must stay apart.
 */
package io.storytrace.sample;
