package org.arxivenrich.arxiv;

/**
 * Runs the {@link SeedArxiv} stand-in as a process, for measuring the job against a local API:
 * prints {@code api-url <URL>} and serves until killed. Used by
 * {@code src/bench/measure-resolve.sh}.
 */
public final class SeedArxivServer {
  private SeedArxivServer() {}

  public static void main(String[] args) throws InterruptedException {
    SeedArxiv arxiv = SeedArxiv.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("id_list requests " + arxiv.idListRequests()
          + ", all requests " + arxiv.requests().size());
      arxiv.close();
    }));
    System.out.println("api-url " + arxiv.apiUrl());
    System.out.flush();
    Thread.currentThread().join();
  }
}
