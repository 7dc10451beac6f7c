package org.arxivenrich;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a task to every item on a fixed pool of threads and hands the results to a sink in the
 * items' order, on the calling thread (issue #13: extraction on every core, output unchanged).
 * At most {@link #window()} items are in flight, done or not, so memory stays flat however many
 * items there are. With one thread the task runs on the calling thread, one item at a time.
 */
public final class OrderedMapper {
  private final int threads;

  /** A mapper on {@code threads} threads (at least 1). */
  public OrderedMapper(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
  }

  /** One thread per processor the JVM may use. */
  public static OrderedMapper perProcessor() {
    return new OrderedMapper(Runtime.getRuntime().availableProcessors());
  }

  public int threads() {
    return threads;
  }

  /** Items submitted but not yet handed to the sink: two per thread keeps every thread busy. */
  public int window() {
    return 2 * threads;
  }

  /**
   * Hands {@code task(item)} for each item to {@code sink}, in order. A task's unchecked exception
   * stops the mapping and is rethrown here, as it is; the other tasks are cancelled.
   */
  public <T, R> void map(List<T> items, Function<? super T, ? extends R> task,
      Consumer<? super R> sink) throws InterruptedException {
    if (threads == 1) {
      items.forEach(item -> sink.accept(task.apply(item)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      Deque<Future<R>> inFlight = new ArrayDeque<>();
      Iterator<T> next = items.iterator();
      while (next.hasNext() || !inFlight.isEmpty()) {
        while (next.hasNext() && inFlight.size() < window()) {
          T item = next.next();
          inFlight.add(pool.submit(() -> task.apply(item)));
        }
        sink.accept(result(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R result(Future<R> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      } else if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a task failed", e.getCause());
    }
  }

  /** Daemon threads, so a run that fails elsewhere is never kept alive by idle workers. */
  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "extract-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
