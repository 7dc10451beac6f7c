package org.arxivenrich.progress;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts what the stages report and shows each new state on a {@link Display}; its counts make the
 * run's {@link Summary}. Synchronized, because the resolver may report from its own thread.
 */
public final class Tally implements Progress {
  private final Display display;
  private final Ticker ticker;
  private final long start;
  private int articleFiles;
  private int articles;
  private int mentions;
  private int ids;
  private int idsResolved;
  private int batches;
  private int requests;
  private int cacheHits;
  private Optional<Counts.Wait> waiting = Optional.empty();

  public Tally(Display display, Ticker ticker) {
    this.display = display;
    this.ticker = ticker;
    this.start = ticker.nanos();
  }

  @Override
  public synchronized void articlesFound(int files) {
    articleFiles = files;
    changed();
  }

  @Override
  public synchronized void articleRead(String article, int found) {
    articles++;
    mentions += found;
    changed();
  }

  @Override
  public synchronized void resolving(int count) {
    ids = count;
    changed();
  }

  @Override
  public synchronized void batchResolved(int count) {
    batches++;
    idsResolved += count;
    changed();
  }

  @Override
  public synchronized void requestSent() {
    requests++;
    changed();
  }

  @Override
  public synchronized void cacheHits(int count) {
    cacheHits += count;
    changed();
  }

  @Override
  public synchronized void waiting(Duration howLong, String why) {
    waiting = Optional.of(new Counts.Wait(howLong, why));
    display.waiting(counts());
  }

  /** Where the run stands now. */
  private synchronized Counts counts() {
    return new Counts(articleFiles, articles, mentions, ids, idsResolved, batches, requests,
        cacheHits, waiting, Duration.ofNanos(ticker.nanos() - start));
  }

  /** Ends the display with the run's summary: these counts plus what only the end knows. */
  public synchronized Summary finish(int papers, long mismatches, int unresolved) {
    Summary summary = new Summary(articles, mentions, papers, requests, cacheHits, mismatches,
        unresolved, counts().elapsed());
    display.finish(summary);
    return summary;
  }

  private void changed() {
    waiting = Optional.empty(); // any other event means the wait is over
    display.show(counts());
  }
}
