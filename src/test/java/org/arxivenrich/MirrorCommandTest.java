package org.arxivenrich;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mirror import|harvest|status} through the front door: output and exit codes. */
class MirrorCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path dir;

  private int main(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static String resource(String name) throws Exception {
    return Path.of(MirrorCommandTest.class.getResource(name).toURI()).toString();
  }

  @Test
  void importThenStatus_reportsRecordsDatestampAndSize() throws Exception {
    Path mirror = dir.resolve("cache/mirror.sqlite");
    assertEquals(Main.DONE, main("mirror", "import", resource("/mirror/snapshot-head-200.jsonl"),
        "--mirror", mirror.toString()), err.toString());
    assertTrue(out.toString().contains("200 lines, 200 papers imported, 0 bad lines"),
        out.toString());
    assertEquals(Main.DONE, main("mirror", "status", "--mirror", mirror.toString()));
    assertTrue(out.toString().contains("records: 200"), out.toString());
    assertTrue(out.toString().contains("newest datestamp: 20"), out.toString());
    assertTrue(out.toString().contains("size on disk:"), out.toString());
  }

  @Test
  void statusWithoutAMirror_failsAndCreatesNothing() {
    Path mirror = dir.resolve("none.sqlite");
    assertEquals(Main.FAILED, main("mirror", "status", "--mirror", mirror.toString()));
    assertTrue(err.toString().contains("no mirror at"), err.toString());
    assertFalse(Files.exists(mirror));
  }

  @Test
  void importOfAMissingFile_fails() {
    assertEquals(Main.FAILED, main("mirror", "import", dir.resolve("nope.json").toString(),
        "--mirror", dir.resolve("m.sqlite").toString()));
    assertTrue(err.toString().contains("no such file"), err.toString());
  }

  @Test
  void usageErrors_exitTwo() {
    assertEquals(Main.USAGE, main("mirror"));
    assertEquals(Main.USAGE, main("mirror", "import"));
    assertEquals(Main.USAGE, main("mirror", "harvest", "--from", "yesterday"));
  }

  @Test
  void harvestWithNothingNew_exitsZero() throws Exception {
    WireMockServer server = new WireMockServer(options().dynamicPort());
    server.start();
    try {
      server.stubFor(get(urlPathEqualTo("/oai")).willReturn(aResponse().withStatus(200)
          .withBody(Files.readString(Path.of(resource("/mirror/oai/error-noRecordsMatch.xml"))))));
      assertEquals(Main.DONE, main("mirror", "harvest", "--oai-url", server.baseUrl() + "/oai",
          "--min-interval", "0s", "--mirror", dir.resolve("m.sqlite").toString(),
          "--cache", dir.resolve("cache/arxiv.sqlite").toString()), err.toString());
      assertTrue(out.toString().contains("0 papers harvested"), out.toString());
    } finally {
      server.stop();
    }
  }

  /**
   * Two harvests on one cache, back to back (a catch-up, or a harvest then a run): the second
   * starts a full interval after the first one's last request ended, as arXiv sees it. Real time
   * with a short interval; a lower bound only.
   */
  @Test
  void harvestsBackToBack_keepTheSpacingThroughTheSharedCache() throws Exception {
    WireMockServer server = new WireMockServer(options().dynamicPort());
    server.start();
    try {
      server.stubFor(get(urlPathEqualTo("/oai")).willReturn(aResponse().withStatus(200)
          .withBody(Files.readString(Path.of(resource("/mirror/oai/error-noRecordsMatch.xml"))))));
      String[] args = {"mirror", "harvest", "--oai-url", server.baseUrl() + "/oai",
          "--min-interval", "400ms", "--mirror", dir.resolve("m.sqlite").toString(),
          "--cache", dir.resolve("cache/arxiv.sqlite").toString()};
      assertEquals(Main.DONE, main(args), err.toString());
      assertEquals(Main.DONE, main(args), err.toString());
      List<Date> arrivals = server.getAllServeEvents().stream()
          .map(e -> e.getRequest().getLoggedDate()).sorted().toList();
      assertEquals(2, arrivals.size());
      long gapMillis = arrivals.get(1).getTime() - arrivals.get(0).getTime();
      assertTrue(gapMillis >= 390, "second harvest asked " + gapMillis + " ms after the first");
    } finally {
      server.stop();
    }
  }

  @Test
  void harvestWhileARunHoldsTheCache_isRefusedWithExitFour() throws Exception {
    Path cache = dir.resolve("cache/arxiv.sqlite");
    try (RunLock held = RunLock.acquire(dir.resolve("cache/arxiv.sqlite.lock"),
        java.time.Clock.systemUTC())) {
      assertEquals(Main.LOCKED, main("mirror", "harvest", "--oai-url", "http://127.0.0.1:9/oai",
          "--mirror", dir.resolve("m.sqlite").toString(), "--cache", cache.toString()));
    }
    assertTrue(err.toString().contains("not started"), err.toString());
    assertFalse(Files.exists(dir.resolve("m.sqlite")), "nothing was touched");
  }
}
