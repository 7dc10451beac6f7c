package org.arxivenrich.arxiv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arxivenrich.mention.ArxivId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedParserTest {
  private final FeedParser parser = new FeedParser();

  private Feed parse(String xml) throws FeedParser.FeedException {
    return parser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private Map<String, Paper> byId(Feed feed) {
    return feed.papers().stream().collect(Collectors.toMap(p -> p.id().value(),
        Function.identity()));
  }

  @Test
  void parse_fiveMixed_readsEveryFieldFromTheEntryItself() throws Exception {
    Map<String, Paper> papers = byId(parse(Fixtures.text("atom-newapi-idlist-5-mixed.xml")));
    assertEquals(5, papers.size());
    Paper attention = papers.get("1706.03762");
    assertEquals(7, attention.version());
    assertEquals("Attention Is All You Need", attention.title());
    assertEquals(Instant.parse("2017-06-12T17:57:34Z"), attention.published());
    assertEquals(Instant.parse("2023-08-02T00:41:18Z"), attention.updated());
    assertEquals("cs.CL", attention.primaryCategory());
    assertEquals(List.of("cs.CL", "cs.LG"), attention.categories());
    assertEquals(Optional.of("15 pages, 5 figures"), attention.comment());
    assertEquals("https://arxiv.org/abs/1706.03762v7", attention.absUrl());
    assertEquals("https://arxiv.org/pdf/1706.03762v7", attention.pdfUrl());
    assertEquals(8, attention.authors().size());
    assertEquals("Ashish Vaswani", attention.authors().get(0).name());
    Paper xray = papers.get("2103.00001");
    assertEquals(Instant.parse("2021-02-26T21:47:14Z"), xray.published());
    assertEquals(Optional.of("npj Comput Mater 7, 175 (2021)"), xray.journalRef());
    assertTrue(papers.values().stream().anyMatch(p -> p.doi().isPresent()));
  }

  @Test
  void parse_oldStyleId_keepsArchiveAffiliationsAndJournalRef() throws Exception {
    Paper p = parse(Fixtures.text(
        "atom-newapi-oldstyle-id-astro-ph-0601001-affiliation-journalref.xml")).papers().get(0);
    assertEquals(ArxivId.parse("astro-ph/0601001"), p.id());
    assertEquals(List.of("Ohio State"), p.authors().get(0).affiliations());
    assertEquals(Optional.of("ActaAstron.56:1-50,2006"), p.journalRef());
    assertFalse(p.summary().startsWith(" "), "leading spaces of the summary are trimmed");
  }

  @Test
  void parse_explicitVersion_keepsV1DateAsPublished() throws Exception {
    Paper p = parse(Fixtures.text("atom-newapi-idlist-1706.03762v2-explicit-version.xml"))
        .papers().get(0);
    assertEquals(2, p.version());
    assertEquals(Instant.parse("2017-06-12T17:57:34Z"), p.published());
    assertTrue(p.updated().isAfter(p.published()));
  }

  @Test
  void parse_nonAsciiAuthors_keepsThemAll() throws Exception {
    Paper p = parse(Fixtures.text("atom-newapi-idlist-1707.08567-34-authors-nonascii.xml"))
        .papers().get(0);
    assertEquals(34, p.authors().size());
    assertTrue(p.authors().stream().anyMatch(a -> !a.name().matches("\\p{ASCII}*")));
  }

  @Test
  void parse_olderWrappedFormat_collapsesWhitespace() throws Exception {
    Paper p = parse(Fixtures.text("handmade-older-format-wrapped-title.xml")).papers().get(0);
    assertEquals("Attention Is All You Need", p.title());
    assertTrue(p.summary().startsWith("The dominant sequence transduction models are based on "
        + "complex recurrent or convolutional neural"), p.summary());
    assertEquals("cs.CL", p.primaryCategory());
  }

  @Test
  void parse_emptyResult_isAFeedWithoutPapers() throws Exception {
    Feed feed = parse(Fixtures.text("atom-newapi-nonexistent-id-0000.0000-empty.xml"));
    assertTrue(feed.papers().isEmpty());
    assertTrue(feed.error().isEmpty());
  }

  @Test
  void parse_errorFeed_reportsArxivsMessageAndNoPaper() throws Exception {
    Feed feed = parse(Fixtures.text("atom-newapi-malformed-id-abc-http400.xml"));
    assertEquals(Optional.of("incorrect id format for abc"), feed.error());
    assertTrue(feed.papers().isEmpty());
  }

  @Test
  void parse_externalEntity_isRefusedAndNeverRead(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE feed [<!ENTITY xxe SYSTEM "%s">]>
        <feed xmlns="http://www.w3.org/2005/Atom"><entry>
        <id>http://arxiv.org/abs/1706.03762v7</id><title>&xxe;</title>
        <published>2017-06-12T17:57:34Z</published></entry></feed>
        """.formatted(secret.toUri());
    FeedParser.FeedException e = assertThrows(FeedParser.FeedException.class, () -> parse(xxe));
    assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Rate exceeded.", "<html><body>down</body></html>",
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>"})
  void parse_notAnAtomFeed_isRefused(String body) {
    assertThrows(FeedParser.FeedException.class, () -> parse(body));
  }

  /** Columns: a recorded response, the versioned IDs it holds, arXiv's error message. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "atom-newapi-idlist-2104.12255v1-versioned.xml | 2104.12255v1 |",
      "atom-newapi-oldstyle-id-quant-ph-0201082v1-versioned.xml | quant-ph/0201082v1 |",
      "atom-newapi-mixed-nonexistent-0808.05394-and-existing-1707.08567.xml | 1707.08567v1 |",
      "atom-newapi-nonexistent-id-0808.05394-empty.xml | |",
      "atom-newapi-error-invalid-query-400.xml | | Invalid query string: '('"})
  void parse_recordedResponse_holdsItsPapersOrItsError(String file, String ids, String error)
      throws Exception {
    Feed feed = parse(Fixtures.text(file));
    assertEquals(ids == null ? List.of() : List.of(ids), feed.papers().stream()
        .map(p -> p.id().value() + "v" + p.version()).toList());
    assertEquals(Optional.ofNullable(error), feed.error());
  }

  @Test
  void parse_truncatedRealResponse_isRefused() {
    assertThrows(FeedParser.FeedException.class,
        () -> parse(Fixtures.text("truncated-5-mixed.xml")));
  }
}
