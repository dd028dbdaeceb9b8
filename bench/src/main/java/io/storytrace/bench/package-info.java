/**
 * JMH benchmarks of the analysis stages, measured on the project's own fixtures. Build with {@code
 * ./mvnw -pl bench -am package -DskipTests} and run {@code java -jar bench/target/benchmarks.jar}.
 */
package io.storytrace.bench;
