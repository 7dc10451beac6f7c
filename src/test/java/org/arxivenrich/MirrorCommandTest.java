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
          "--min-interval", "0s", "--mirror", dir.resolve("m.sqlite").toString()),
          err.toString());
      assertTrue(out.toString().contains("0 papers harvested"), out.toString());
    } finally {
      server.stop();
    }
  }
}
