package org.arxivenrich.resolve;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.arxivenrich.arxiv.ArxivClient;
import org.arxivenrich.arxiv.SeedArxiv;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.progress.Progress;

/**
 * A resolver against the {@link SeedArxiv} stand-in on fake time: nothing really sleeps. Options
 * default to the CLI's (3 s interval, 30 min budget) with a read timeout long enough for a cold
 * stand-in on a loaded machine (a test of timeouts sets a short one).
 */
final class Harness implements AutoCloseable {
  final SeedArxiv arxiv = SeedArxiv.start();
  final FakeTime time = new FakeTime();
  final Path cache;
  int batchSize = 100;
  Duration maxWait = Duration.ofMinutes(30);
  Duration minInterval = Duration.ofSeconds(3);
  Duration readTimeout = Duration.ofSeconds(5);
  boolean offline;
  boolean refresh;

  Harness(Path dir) {
    this.cache = dir.resolve("cache/arxiv.sqlite");
  }

  ResolverOptions options() {
    return new ResolverOptions(arxiv.apiUrl(), "arxiv-enrich/test (+t@e.st)", batchSize,
        minInterval, maxWait, readTimeout, cache, Duration.ofDays(7),
        Duration.ofDays(1), offline, refresh);
  }

  Resolver resolver() {
    return resolver(Progress.NONE);
  }

  /** A resolver (a new run) reporting to {@code progress}. */
  Resolver resolver(Progress progress) {
    return resolver(time, progress);
  }

  /**
   * A resolver in a process of its own on the same cache file: its own store connections, and
   * its own clocks in {@code clock}.
   */
  Resolver resolver(FakeTime clock, Progress progress) {
    ResolverOptions o = options();
    try {
      return new Resolver(o, new ArxivClient(o.apiUrl(), o.userAgent(), o.readTimeout()),
          PaperStore.open(o.cache()), RunLedger.open(o.cache()), clock, clock, clock,
          new Random(1), progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resolves {@code ids} with a fresh resolver (a new run) and closes it. */
  Map<ArxivId, Outcome> run(Collection<ArxivId> ids) {
    try (Resolver r = resolver()) {
      return r.resolve(ids);
    }
  }

  static List<ArxivId> ids(String... ids) {
    return List.of(ids).stream().map(ArxivId::parse).toList();
  }

  List<ArxivId> seedIds() {
    return arxiv.ids().stream().map(ArxivId::parse).toList();
  }

  /** Answers {@code response} to every request, ahead of the stand-in. */
  void always(ResponseDefinitionBuilder response) {
    arxiv.server().stubFor(api().atPriority(1).willReturn(response));
  }

  /** Answers {@code response} to the first request only; the stand-in answers the rest. */
  void once(ResponseDefinitionBuilder response) {
    arxiv.server().stubFor(api().atPriority(1).inScenario("once")
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("done").willReturn(response));
  }

  static MappingBuilder api() {
    return get(urlPathEqualTo(SeedArxiv.PATH));
  }

  /** How many title searches ({@code search_query} requests) were received. */
  long searches() {
    return arxiv.requests().stream()
        .filter(r -> r.queryParameter("search_query").isPresent()).count();
  }

  /** The {@code id_list} of every request received, oldest first. */
  List<String> idLists() {
    return arxiv.requests().stream().filter(r -> r.queryParameter("id_list").isPresent())
        .map(r -> r.queryParameter("id_list").firstValue()).toList();
  }

  @Override
  public void close() {
    arxiv.close();
  }
}
