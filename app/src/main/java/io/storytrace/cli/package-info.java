/**
 * The {@code storytrace} command line. {@link io.storytrace.cli.Main} is the front door; each
 * command parses its options and hands the work to the library, so no logic lives here.
 */
package io.storytrace.cli;
