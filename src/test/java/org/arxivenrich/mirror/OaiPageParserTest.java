package org.arxivenrich.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.junit.jupiter.api.Test;

/** Real arXivRaw records from the current endpoint, and pages composed around them. */
class OaiPageParserTest {

  @Test
  void parse_getRecordWithTwoVersions_keepsEveryVersionDateAndTheDatestamp() {
    OaiPage page = OaiFixtures.page("getrecord-arxivraw-2211.12792-two-versions.xml");
    assertEquals(1, page.records().size());
    MirrorRecord r = page.records().get(0);
    Paper p = r.paper();
    assertEquals("2211.12792", p.id().value());
    assertEquals(LocalDate.parse("2023-11-27"), r.datestamp());
    assertEquals(List.of(Instant.parse("2022-11-23T09:13:33Z"),
        Instant.parse("2023-11-23T16:13:10Z")), p.versionDates());
    assertEquals(2, p.version());
    assertEquals(p.versionDates().get(1), p.updated());
    assertEquals("cs.LG", p.primaryCategory());
    assertTrue(p.doi().isPresent());
    assertEquals("https://arxiv.org/abs/2211.12792v2", p.absUrl());
    assertFalse(p.title().contains("\n"), p.title());
    assertTrue(page.resumptionToken().isEmpty());
    assertTrue(page.error().isEmpty());
  }

  @Test
  void parse_withdrawnPaper_isKeptWithItsWithdrawalVersionAndComment() {
    Paper p = OaiFixtures.page("getrecord-arxivraw-2608.21129-withdrawn-v2.xml").records()
        .get(0).paper();
    assertEquals(2, p.version());
    assertEquals(Instant.parse("2026-08-24T04:57:13Z"), p.updated());
    assertTrue(p.comment().orElseThrow().contains("withdrawn"), p.comment().toString());
    assertEquals(List.of("astro-ph.EP", "astro-ph.IM"), p.categories());
    assertEquals(List.of("Qingtian Liu"), p.authors().stream().map(Paper.Author::name).toList());
  }

  @Test
  void parse_pagesOfAList_giveTheTokenAndAnEmptyOneOnTheLastPage() {
    OaiPage first = OaiFixtures.page("listrecords-arxivraw-page1-with-token.xml");
    assertEquals(Optional.of("verb%3DListRecords%26metadataPrefix%3DarXivRaw%26from%3D"
        + "2023-11-01%26skip%3D1"), first.resumptionToken());
    OaiPage last = OaiFixtures.page("listrecords-arxivraw-page2-last-empty-token.xml");
    assertEquals(1, last.records().size());
    assertTrue(last.resumptionToken().isEmpty());
  }

  @Test
  void parse_errorsSentWithHttp200_areReadAsErrors() {
    OaiPage none = OaiFixtures.page("error-noRecordsMatch.xml");
    assertTrue(none.error().orElseThrow().noRecordsMatch());
    assertTrue(none.records().isEmpty());
    OaiPage bad = OaiFixtures.page("error-badArgument.xml");
    assertEquals("badArgument", bad.error().orElseThrow().code());
    assertTrue(bad.error().get().message().endsWith("start date too early"));
  }

  @Test
  void parse_recordsOfAnotherFormat_areSkippedAndCounted() {
    OaiPage page = OaiFixtures.page("listrecords-arxiv-format-resumed-page-token.xml");
    assertTrue(page.records().isEmpty());
    assertEquals(2, page.skipped());
    assertEquals(Optional.of("788421|43001"), page.resumptionToken());
  }

  @Test
  void parse_externalEntity_isRefusedNotResolved() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE OAI-PMH [<!ENTITY e SYSTEM "
        + "\"file:///etc/hostname\">]><OAI-PMH><error code=\"x\">&e;</error></OAI-PMH>";
    assertThrows(IllegalArgumentException.class, () -> new OaiPageParser().parse(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void parse_htmlBody_isNotOaiPmh() {
    String html = OaiFixtures.body("503-retry-after-body.html");
    assertThrows(IllegalArgumentException.class, () -> new OaiPageParser().parse(
        new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
  }
}
