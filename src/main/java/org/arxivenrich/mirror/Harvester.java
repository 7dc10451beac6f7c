package org.arxivenrich.mirror;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;
import org.arxivenrich.progress.Progress;
import org.arxivenrich.progress.Ticker;
import org.arxivenrich.resolve.Resolver;
import org.arxivenrich.resolve.Sleeper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.arxivenrich.arxiv.ArxivApiException;
import org.arxivenrich.resolve.PoliteCaller;
import org.arxivenrich.resolve.StopAskingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the mirror up to date from arXiv's OAI-PMH, incrementally: from the newest datestamp it
 * holds (arXiv's advice: {@code from=} the last harvest's date, no {@code until}), page by page
 * through resumption tokens. Each page's records and the token that follows it are committed
 * together, so a harvest that dies resumes from its last committed page. Every request goes
 * through the one {@link PoliteCaller} (pacing, retries, 503 Retry-After).
 */
public final class Harvester {
  private static final Logger log = LoggerFactory.getLogger(Harvester.class);
  /** State: the token of the next page of an unfinished list, and the list's {@code from}. */
  static final String TOKEN = "harvest_token";
  static final String FROM = "harvest_from";

  /** The state key under which an unfinished harvest keeps its next token. */
  public static String pendingTokenKey() {
    return TOKEN;
  }

  /** What a harvest did: pages asked for and papers stored. */
  public record Result(int pages, long papers, boolean resumed) {}

  private final MirrorStore store;
  private final OaiClient client;
  private final PoliteCaller caller;

  /** The longest a harvest may spend; a first, full one takes hours at 3 s a page. */
  static final Duration BUDGET = Duration.ofHours(24);

  /**
   * Harvests {@code oaiUrl} into {@code store} (see {@link #harvest(Optional)}) with the system
   * clock, {@code minInterval} between requests and {@code userAgent} on every request. The
   * spacing holds together with the nightly runs on the API cache file {@code cache}: arXiv
   * sees all our processes as one client.
   */
  public static Result run(MirrorStore store, URI oaiUrl, String userAgent, Duration minInterval,
      Optional<LocalDate> from, Path cache) throws IOException {
    try (PoliteCaller caller = PoliteCaller.sharingCache(cache, Ticker.system(), Sleeper.SYSTEM,
            Resolver.politeInterval(oaiUrl, minInterval), BUDGET, RandomGenerator.getDefault(),
            Progress.NONE);
        OaiClient client = new OaiClient(oaiUrl, userAgent, Duration.ofMinutes(2))) {
      return new Harvester(store, client, caller).harvest(from);
    }
  }

  Harvester(MirrorStore store, OaiClient client, PoliteCaller caller) {
    this.store = store;
    this.client = client;
    this.caller = caller;
  }

  /**
   * Harvests from {@code from}, or else resumes an unfinished list, or else continues from the
   * newest datestamp held (everything, for an empty mirror). Throws when arXiv cannot be asked or
   * answers with an OAI error other than {@code noRecordsMatch} (nothing new: a success).
   */
  Result harvest(Optional<LocalDate> from) throws IOException {
    Optional<String> pending = from.isPresent() ? Optional.empty() : store.state(TOKEN);
    Optional<LocalDate> listFrom = from.isPresent() ? from
        : pending.isPresent() ? store.state(FROM).map(LocalDate::parse)
        : store.newestDatestamp();
    pending.ifPresent(t -> log.info("resuming the harvest interrupted at token {}", t));
    OaiPage page = pending.isPresent() ? ask(() -> client.resume(pending.get()))
        : ask(() -> client.listRecords(listFrom));
    if (pending.isPresent() && isBadToken(page)) {
      log.warn("arXiv no longer accepts the saved resumption token ({}); harvesting again from {}",
          page.error().orElseThrow().message(),
          listFrom.map(LocalDate::toString).orElse("the start"));
      page = ask(() -> client.listRecords(listFrom));
    }
    return collect(page, listFrom, pending.isPresent());
  }

  private Result collect(OaiPage first, Optional<LocalDate> listFrom, boolean resumed)
      throws IOException {
    int pages = 0;
    long papers = 0;
    for (OaiPage page = first; ; ) {
      pages++;
      if (page.error().isPresent()) {
        return ended(page.error().get(), pages, papers, resumed);
      }
      commit(page, listFrom);
      papers += page.records().size();
      log.info("page {}: {} papers ({} in all){}", pages, page.records().size(), papers,
          page.skipped() == 0 ? "" : ", " + page.skipped() + " records without a paper skipped");
      if (page.resumptionToken().isEmpty()) {
        return new Result(pages, papers, resumed);
      }
      String token = page.resumptionToken().get();
      page = ask(() -> client.resume(token));
    }
  }

  private Result ended(OaiPage.OaiError error, int pages, long papers, boolean resumed)
      throws IOException {
    if (!error.noRecordsMatch()) {
      throw new IOException("arXiv's OAI-PMH refused the harvest: " + error.code() + ": "
          + error.message());
    }
    store.put(List.of(), clearedToken());
    log.info("nothing new at arXiv ({})", error.code());
    return new Result(pages, papers, resumed);
  }

  /** The page's records and where the list continues, in one transaction. */
  private void commit(OaiPage page, Optional<LocalDate> listFrom) throws IOException {
    Map<String, Optional<String>> state = new HashMap<>();
    state.put(TOKEN, page.resumptionToken());
    state.put(FROM, listFrom.map(LocalDate::toString));
    store.put(page.records(), state);
  }

  private static Map<String, Optional<String>> clearedToken() {
    Map<String, Optional<String>> state = new HashMap<>();
    state.put(TOKEN, Optional.empty());
    state.put(FROM, Optional.empty());
    return state;
  }

  private static boolean isBadToken(OaiPage page) {
    return page.error().map(e -> e.code().equals("badResumptionToken")).orElse(false);
  }

  private OaiPage ask(PoliteCaller.ApiCall<OaiPage> call) throws IOException {
    try {
      return caller.call(call);
    } catch (ArxivApiException | StopAskingException e) {
      throw new IOException("the harvest stopped: " + e.getMessage()
          + "; the next harvest resumes from the last page stored", e);
    }
  }
}
