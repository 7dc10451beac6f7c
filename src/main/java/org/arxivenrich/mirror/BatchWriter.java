package org.arxivenrich.mirror;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes an import's batches into the {@link MirrorStore} on one writer thread, one batch at a
 * time: {@link #write} waits for the batch before to be stored, then hands the next over and
 * returns, so the caller parses the following batch meanwhile. The store's connection is used by
 * one thread at a time, each hand-over ordered by the wait. A failed write is thrown by the next
 * call.
 */
final class BatchWriter implements AutoCloseable {
  private final MirrorStore store;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "mirror-writer");
    t.setDaemon(true);
    return t;
  });
  private CompletableFuture<Integer> pending = CompletableFuture.completedFuture(0);
  private long written;

  BatchWriter(MirrorStore store) {
    this.store = store;
  }

  /** Stores {@code batch} (which the caller no longer touches) after the one before it. */
  void write(List<MirrorRecord> batch) throws IOException {
    written += await();
    if (!batch.isEmpty()) {
      pending = CompletableFuture.supplyAsync(() -> store(batch), thread);
    }
  }

  /** Papers stored so far, not counting the batch being written. */
  long written() {
    return written;
  }

  /** Waits for the last batch; every paper stored. */
  long finish() throws IOException {
    written += await();
    return written;
  }

  private int store(List<MirrorRecord> batch) {
    try {
      store.put(batch, Map.of());
      return batch.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int await() throws IOException {
    try {
      int n = pending.join();
      pending = CompletableFuture.completedFuture(0);
      return n;
    } catch (CompletionException e) {
      pending = CompletableFuture.completedFuture(0);
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
  }

  /** Lets a batch still being written finish (its failure already reported or moot), then ends. */
  @Override
  public void close() {
    pending.exceptionally(e -> 0).join();
    thread.shutdown();
  }
}
