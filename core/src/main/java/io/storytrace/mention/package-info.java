/** Named mentions in an article: people, outlets and works such as shows or books. */
package io.storytrace.mention;
