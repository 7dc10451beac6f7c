package org.arxivenrich.arxiv;

import java.time.Duration;

/**
 * Runs the {@link SeedArxiv} stand-in as a process, for measuring the job against a local API:
 * prints {@code api-url <URL>} and serves until killed, then prints what it counted. With an
 * argument (milliseconds) it answers 429 to any request arriving sooner than that after the
 * previous one, as arXiv may. Used by {@code src/bench/measure-resolve.sh}.
 */
public final class SeedArxivServer {
  private SeedArxivServer() {}

  public static void main(String[] args) throws InterruptedException {
    SeedArxiv arxiv = SeedArxiv.start();
    if (args.length > 0) {
      arxiv.strict(Duration.ofMillis(Long.parseLong(args[0])));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("id_list requests " + arxiv.idListRequests()
          + ", all requests " + arxiv.requests().size()
          + ", answered 429 for coming too soon " + arxiv.rateLimited()
          + ", min arrival gap " + arxiv.minArrivalGap()
              .map(d -> String.format("%.3f s", d.toNanos() / 1e9)).orElse("n/a"));
      arxiv.close();
    }));
    System.out.println("api-url " + arxiv.apiUrl());
    System.out.flush();
    Thread.currentThread().join();
  }
}
