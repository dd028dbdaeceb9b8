/** Test support shared by every module: golden files and the shared evaluation data. */
package io.storytrace.testing;
