package org.arxivenrich.arxiv;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A faithful stand-in for the arXiv API, for tests: WireMock serving real-format Atom feeds for
 * the 81 papers of {@code seed-papers.tsv}. {@code id_list} queries answer in an order other than
 * the request's, leave unknown IDs silently out, cut at {@code max_results} (default 10, as
 * arXiv does), and answer a malformed ID with HTTP 400 and an {@code Error} entry; {@code ti:}
 * searches match a title phrase. Fault stubs added to {@link #server()} at a priority below 10 win.
 *
 * <pre>{@code
 * try (SeedArxiv arxiv = SeedArxiv.start()) {
 *   URI api = arxiv.apiUrl();           // http://localhost:PORT/api/query
 *   arxiv.setTitle("1706.03762", "...");  // later answers carry the new title
 * }
 * }</pre>
 */
public final class SeedArxiv implements AutoCloseable {
  public static final String PATH = "/api/query";
  private static final String NAME = "seed-arxiv";
  private static final Pattern WELL_FORMED = Pattern.compile(
      "(\\d{4}\\.\\d{4,5}|[a-z]+(-[a-z]+)?(\\.[A-Z]{2})?/\\d{7})(v(\\d+))?");

  /** One seed paper; dates are {@code yyyy-mm-dd} (published is v1's, updated the latest's). */
  public record SeedPaper(String id, String title, String published, int version, String updated,
      String firstAuthor, int authors, String category) {}

  private final Map<String, SeedPaper> papers = new ConcurrentHashMap<>();
  private final WireMockServer server;
  private final List<Long> arrivals = new ArrayList<>();
  private Duration strictInterval = Duration.ZERO;
  private int rateLimited;

  private SeedArxiv() {
    load().forEach(p -> papers.put(p.id(), p));
    server = new WireMockServer(options().dynamicPort().extensions(new Transformer()));
  }

  /** Starts a stand-in on a free local port. */
  public static SeedArxiv start() {
    SeedArxiv arxiv = new SeedArxiv();
    arxiv.server.start();
    arxiv.server.stubFor(get(urlPathEqualTo(PATH)).atPriority(10).willReturn(answer()));
    return arxiv;
  }

  /**
   * Answers 429 {@code Rate exceeded.} to any request arriving less than {@code interval} after
   * the previous one, as the tester of issue #9 did; for measuring, not for tests on fake time.
   */
  public synchronized void strict(Duration interval) {
    strictInterval = interval;
  }

  /** Requests answered 429 for coming too soon after the previous one. */
  public synchronized int rateLimited() {
    return rateLimited;
  }

  /** The shortest time between two arrivals the stand-in answered, if it answered two. */
  public synchronized Optional<Duration> minArrivalGap() {
    long min = Long.MAX_VALUE;
    for (int i = 1; i < arrivals.size(); i++) {
      min = Math.min(min, arrivals.get(i) - arrivals.get(i - 1));
    }
    return arrivals.size() < 2 ? Optional.empty() : Optional.of(Duration.ofNanos(min));
  }

  private synchronized ResponseDefinition arrived(Request request) {
    long now = System.nanoTime();
    boolean early = !arrivals.isEmpty() && !strictInterval.isZero()
        && now - arrivals.get(arrivals.size() - 1) < strictInterval.toNanos();
    arrivals.add(now);
    if (early) {
      rateLimited++;
      return aResponse().withStatus(429).withBody("Rate exceeded.").build();
    }
    return answer(request);
  }

  /** The stand-in's own answer, for a stub that should answer as it does (a fault script). */
  public static ResponseDefinitionBuilder answer() {
    return aResponse().withTransformers(NAME);
  }

  /** The API endpoint to pass as {@code --api-url}. */
  public URI apiUrl() {
    return URI.create(server.baseUrl() + PATH);
  }

  /** The server, to add fault stubs or read its request log. */
  public WireMockServer server() {
    return server;
  }

  /** Every request the stand-in received, oldest first. */
  public List<LoggedRequest> requests() {
    return server.getAllServeEvents().stream().map(ServeEvent::getRequest)
        .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
  }

  /** How many {@code id_list} requests were received. */
  public long idListRequests() {
    return requests().stream().filter(r -> r.queryParameter("id_list").isPresent()).count();
  }

  /** The IDs of all seed papers, sorted. */
  public List<String> ids() {
    return papers.keySet().stream().sorted().toList();
  }

  /** A seed paper as the stand-in currently serves it. */
  public SeedPaper paper(String id) {
    return papers.get(id);
  }

  /** From now on {@code id}'s latest version is {@code version}, submitted on {@code date}. */
  public void setVersion(String id, int version, String date) {
    SeedPaper p = papers.get(id);
    papers.put(id, new SeedPaper(id, p.title(), p.published(), version, date, p.firstAuthor(),
        p.authors(), p.category()));
  }

  /** From now on {@code id} has the title {@code title}. */
  public void setTitle(String id, String title) {
    SeedPaper p = papers.get(id);
    papers.put(id, new SeedPaper(id, title, p.published(), p.version(), p.updated(),
        p.firstAuthor(), p.authors(), p.category()));
  }

  @Override
  public void close() {
    server.stop();
  }

  private ResponseDefinition answer(Request request) {
    int max = intParam(request.queryParameter("max_results"), 10);
    QueryParameter idList = request.queryParameter("id_list");
    if (idList.isPresent() && !idList.firstValue().isEmpty()) {
      return idList(idList.firstValue(), max);
    }
    QueryParameter query = request.queryParameter("search_query");
    return search(query.isPresent() ? query.firstValue() : "", max);
  }

  private ResponseDefinition idList(String list, int max) {
    List<SeedPaper> found = new ArrayList<>();
    List<Integer> versions = new ArrayList<>();
    for (String asked : new LinkedHashSet<>(List.of(list.split(",")))) {
      Matcher m = WELL_FORMED.matcher(asked);
      if (!m.matches()) {
        return xml(400, SeedFeedWriter.error("incorrect_id_format_for_" + asked,
            "incorrect id format for " + asked));
      }
      SeedPaper p = papers.get(m.group(1));
      int latest = p == null ? 0 : p.version();
      int version = m.group(5) == null ? latest : Integer.parseInt(m.group(5));
      if (p != null && version >= 1 && version <= p.version()) {
        found.add(0, p); // arXiv does not keep id_list order
        versions.add(0, version);
      }
    }
    int n = Math.min(max, found.size());
    return xml(200, SeedFeedWriter.feed("id_list=" + list, max, found.size(),
        found.subList(0, n), versions.subList(0, n)));
  }

  private ResponseDefinition search(String query, int max) {
    Matcher m = Pattern.compile("ti:\"([^\"]*)\"").matcher(query.strip());
    if (!m.matches()) {
      return xml(400, SeedFeedWriter.error("", "Invalid query string: '" + query + "'"));
    }
    String phrase = words(m.group(1));
    List<SeedPaper> hits = papers.values().stream()
        .filter(p -> !phrase.isEmpty() && (" " + words(p.title()) + " ").contains(
            " " + phrase + " "))
        .sorted(Comparator.comparing(SeedPaper::id)).toList();
    List<SeedPaper> page = hits.subList(0, Math.min(max, hits.size()));
    return xml(200, SeedFeedWriter.feed("search_query=" + query, max, hits.size(), page,
        page.stream().map(SeedPaper::version).toList()));
  }

  private static String words(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static int intParam(QueryParameter p, int fallback) {
    return p.isPresent() && p.firstValue().matches("\\d{1,5}")
        ? Integer.parseInt(p.firstValue()) : fallback;
  }

  private static ResponseDefinition xml(int status, String body) {
    return aResponse().withStatus(status)
        .withHeader("Content-Type", "application/atom+xml; charset=utf-8")
        .withBody(body).build();
  }

  private static List<SeedPaper> load() {
    try (InputStream in = SeedArxiv.class.getResourceAsStream("/arxiv/seed-papers.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().skip(1).filter(l -> !l.isBlank()).map(SeedArxiv::row).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A TSV row; blank cells get plausible values (version 1, v1 date from the ID, cs.CL). */
  private static SeedPaper row(String line) {
    String[] c = (line + "\t\t\t\t\t\t\t\t\t").split("\t", -1);
    String published = c[2].isEmpty()
        ? "20" + c[0].substring(0, 2) + "-" + c[0].substring(2, 4) + "-01" : c[2];
    int version = c[3].isEmpty() ? 1 : Integer.parseInt(c[3]);
    String updated = c[4].isEmpty() ? published : c[4];
    int authors = c[6].isEmpty() ? 1 : Integer.parseInt(c[6]);
    return new SeedPaper(c[0], c[1], published, version, updated, c[5], authors,
        c[7].isEmpty() ? "cs.CL" : c[7]);
  }

  private final class Transformer implements ResponseDefinitionTransformerV2 {
    @Override
    public ResponseDefinition transform(ServeEvent event) {
      return arrived(event.getRequest());
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return NAME;
    }
  }
}
