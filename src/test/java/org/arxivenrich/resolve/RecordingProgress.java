package org.arxivenrich.resolve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.arxivenrich.progress.Progress;

/** A hand-written fake that records what the resolver reports, in order. */
final class RecordingProgress implements Progress {
  /** One reported wait. */
  record Wait(Duration howLong, String why) {}

  final List<Wait> waits = new ArrayList<>();
  int requestsSent;
  int cacheHits;
  int resolved;

  @Override
  public synchronized void requestSent() {
    requestsSent++;
  }

  @Override
  public synchronized void waiting(Duration howLong, String why) {
    waits.add(new Wait(howLong, why));
  }

  @Override
  public synchronized void cacheHits(int ids) {
    cacheHits += ids;
  }

  @Override
  public synchronized void batchResolved(int ids) {
    resolved += ids;
  }
}
