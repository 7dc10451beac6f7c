package org.arxivenrich;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.arxivenrich.arxiv.SeedArxiv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end over the project's {@code input/} against the stand-in: every ID resolved with
 * {@code ceil(distinct IDs / batch size)} requests on a cold cache and none on a warm one, title
 * searches for suggestions included.
 */
class PipelineResolveTest {
  private static final int DISTINCT_IDS = 81;

  private final SeedArxiv arxiv = SeedArxiv.start();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    arxiv.close();
  }

  private int run(String... extra) {
    return runOver(Path.of("input"), extra);
  }

  private int runOver(Path input, String... extra) {
    String[] base = {"--input", input.toString(), "--output", dir.resolve("out").toString(),
        "--cache", dir.resolve("cache/arxiv.sqlite").toString(),
        "--api-url", arxiv.apiUrl().toString(), "--min-interval", "0s"};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private String csv() throws Exception {
    return Files.readString(dir.resolve("out/mentions.csv"));
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 10})
  void run_coldThenWarm_resolvesEveryIdWithTheFewestRequests(int batchSize) throws Exception {
    String batch = Integer.toString(batchSize);
    assertEquals(Main.DONE, run("--batch-size", batch), err.toString());
    // 001 names 1706.03762 by its title alone (issue #11): the title search made for it before
    // resolving brings the paper along, so one ID fewer is asked by id_list.
    assertEquals((DISTINCT_IDS - 1 + batchSize - 1) / batchSize, arxiv.idListRequests());
    assertTrue(csv().contains(",resolved"), csv());
    assertFalse(csv().contains(",unresolved") || csv().contains(",not_found"), csv());
    assertTrue(out.toString().contains(DISTINCT_IDS + " papers"), out.toString());
    String agent = arxiv.requests().get(0).getHeader("User-Agent");
    assertTrue(agent.startsWith("arxiv-enrich/") && agent.contains(RunSettings.DEFAULT_CONTACT),
        agent);

    long cold = arxiv.requests().size();
    assertEquals(Main.DONE, run("--batch-size", batch), err.toString());
    assertEquals(cold, arxiv.requests().size(), "a warm run asks nothing");
    assertTrue(out.toString().contains("0 API requests, 81 cache hits"), out.toString());
  }

  @Test
  void run_apiDownPastMaxWait_exitsThreeAndPublishesEveryMention() throws Exception {
    arxiv.server().stubFor(get(urlPathEqualTo(SeedArxiv.PATH)).atPriority(1)
        .willReturn(aResponse().withStatus(503)));
    assertEquals(Main.UNRESOLVED, run("--max-wait", "0s"), err.toString());
    assertEquals(1, arxiv.requests().size(), "the backoff would end past --max-wait");
    assertTrue(csv().contains(",unresolved"), csv());
  }

  /** Issue #9: title searches not made are counted, named, exit 3, and made first next run. */
  @Test
  void run_titleSearchesSkippedAtMaxWait_exitThreeAndAreMadeNextRun() throws Exception {
    Path input = Path.of(getClass().getResource("/pipeline/suggestions").toURI());
    StubMapping down = arxiv.server().stubFor(get(urlPathEqualTo(SeedArxiv.PATH)).atPriority(1)
        .withQueryParam("search_query", matching(".*"))
        .willReturn(aResponse().withStatus(503)));
    assertEquals(Main.UNRESOLVED, runOver(input, "--max-wait", "2s"), err.toString());
    JsonNode skipped = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile())
        .get("lookups_skipped");
    assertEquals(0, skipped.get("id_batches").asInt());
    assertEquals(2, skipped.get("title_searches").asInt());
    assertTrue(out.toString().contains("2 look-ups skipped"), out.toString());
    assertTrue(csv().contains("asked first next run"), csv());
    assertEquals(Map.of(), suggestions());

    arxiv.server().removeStub(down);
    assertEquals(Main.DONE, runOver(input), err.toString());
    assertEquals(3, suggestions().size(), "the searches skipped were made");
  }

  @Test
  void run_cacheThatCannotBeCreated_failsWithAClearMessage() throws Exception {
    Files.writeString(dir.resolve("cache"), "a file where the cache folder should be");
    assertEquals(Main.FAILED, run());
    assertTrue(err.toString().contains("cannot open the cache"), err.toString());
    assertEquals(0, arxiv.requests().size());
  }

  @Test
  void run_offlineOnAColdCache_asksNothingAndExitsThree() {
    assertEquals(Main.UNRESOLVED, run("--offline"), err.toString());
    assertEquals(0, arxiv.requests().size());
  }

  /** {@code article url -> suggested_arxiv_id} of every mention that has a suggestion. */
  private Map<String, String> suggestions() throws Exception {
    Map<String, String> found = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(dir.resolve("out/mentions.csv"))) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .get().parse(in)) {
        if (!row.get("suggested_arxiv_id").isEmpty()) {
          found.put(row.get("article") + " " + row.get("url"), row.get("suggested_arxiv_id"));
        }
      }
    }
    return found;
  }

  private long searches() {
    return arxiv.requests().stream()
        .filter(r -> r.queryParameter("search_query").isPresent()).count();
  }

  /** Over src/test/resources/pipeline/suggestions: see its README for what each claim is. */
  @Test
  void run_claimsNeedingSuggestions_searchedOnceColdAndNotAtAllWarm() throws Exception {
    Path input = Path.of(getClass().getResource("/pipeline/suggestions").toURI());
    int ids = 3;
    int batch = 2;
    int titles = 2;
    Map<String, String> suggested = Map.of(
        "notes.md https://arxiv.org/abs/1810.03993", "1706.03762",
        "reading-list.md https://arxiv.org/abs/1810.03993", "1706.03762",
        "reading-list.md https://openai.com/research/ppo.pdf", "1707.06347");
    assertEquals(Main.DONE, runOver(input, "--batch-size", "" + batch), err.toString());
    assertEquals((ids + batch - 1) / batch, arxiv.idListRequests());
    assertEquals(titles, searches());
    assertEquals(arxiv.idListRequests() + searches(), arxiv.requests().size());
    assertEquals(suggested, suggestions());

    int cold = arxiv.requests().size();
    assertEquals(Main.DONE, runOver(input, "--batch-size", "" + batch), err.toString());
    assertEquals(cold, arxiv.requests().size(), "a warm run asks nothing");
    assertTrue(out.toString().contains("0 API requests, " + ids + " cache hits"), out.toString());
    assertTrue(out.toString().contains(titles + " title searches cached"), out.toString());
    assertEquals(suggested, suggestions());
  }
}
