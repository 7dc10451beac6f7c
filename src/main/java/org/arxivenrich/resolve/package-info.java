/**
 * Resolving arXiv identifiers to {@link org.arxivenrich.resolve.Outcome}s, politely.
 *
 * <p>{@link org.arxivenrich.resolve.Resolver} is the entry point (one per process): memory cache
 * (Caffeine), then the SQLite store within its time to live, then the API in batches of
 * {@code --batch-size}. Title searches for the reconciler go the same way, memory then store
 * (candidate IDs in rank order, their papers beside the other answers), so a warm run asks
 * nothing at all. Politeness has one choke point, the {@code Pacer}: every request start,
 * retries and title searches included, is at least {@code --min-interval} after the previous one
 * ended on a monotonic clock, and after the last request of any process on the same cache (its
 * wall-clock time kept in the {@code RunLedger}), with one request in flight. resilience4j's
 * Retry is the one retry layer, its CircuitBreaker ({@code OutageBreaker}) beside it; the
 * backoff (exponential, jittered, Retry-After honoured, long after a 429) and the breaker's
 * cool-down are handed to the pacer as hold-offs, so one
 * {@link org.arxivenrich.resolve.Sleeper} does all the waiting and tests run on fake time.
 * {@code --max-wait} bounds it all: a request that could not start in time is not made, what is
 * left is unresolved, counted as a look-up skipped, and asked first next run.
 */
package org.arxivenrich.resolve;
