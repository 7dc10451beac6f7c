package org.arxivenrich.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arxivenrich.arxiv.Paper;
import org.junit.jupiter.api.Test;

/** Lines recorded from the real snapshot (see src/test/resources/mirror). */
class SnapshotLineTest {

  private static List<String> lines(String name) throws IOException, URISyntaxException {
    return Files.readAllLines(Path.of(SnapshotLineTest.class.getResource("/mirror/" + name)
        .toURI()));
  }

  private static Map<String, Paper> papers(String name) throws Exception {
    return lines(name).stream().map(SnapshotLine::parse)
        .collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
  }

  @Test
  void parse_mixedLines_keepsEveryVersionDateAndOldStyleIds() throws Exception {
    Map<String, Paper> papers = papers("snapshot-6-mixed-old-style-withdrawn.jsonl");
    assertEquals(6, papers.size());
    Paper withdrawn = papers.get("0801.0495");
    assertEquals(3, withdrawn.version());
    assertEquals(Instant.parse("2008-01-03T11:51:31Z"), withdrawn.published());
    assertEquals(Instant.parse("2011-03-04T12:34:35Z"), withdrawn.updated());
    assertEquals(3, withdrawn.versionDates().size());
    assertTrue(withdrawn.comment().orElseThrow().startsWith("Withdrawn"));
    Paper old = papers.get("math/9201201");
    assertEquals(Instant.parse("1992-01-06T16:29:58Z"), old.published());
    assertEquals(old.published(), old.updated());
    assertEquals("https://arxiv.org/abs/math/9201201v1", old.absUrl());
  }

  @Test
  void parse_collapsesHardLineBreaksAndReadsCategories() throws Exception {
    Paper p = papers("snapshot-head-200.jsonl").get("0704.0001");
    assertEquals("Calculation of prompt diphoton production cross sections at Tevatron and LHC "
        + "energies", p.title());
    assertEquals("hep-ph", p.primaryCategory());
    assertEquals("10.1103/PhysRevD.76.013009", p.doi().orElseThrow());
    assertEquals(List.of("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan"),
        p.authors().stream().map(Paper.Author::name).toList());
    Paper multi = papers("snapshot-head-200.jsonl").get("0704.0002");
    assertEquals(List.of("math.CO", "cs.CG"), multi.categories());
  }

  @Test
  void parse_authorsParsed_givesNamesAndAffiliations() throws Exception {
    Paper p = SnapshotLine.parse(lines("snapshot-line-hep-th-9608091-affiliations.json").get(0));
    assertEquals("D. Fioravanti", p.authors().get(0).name());
    assertEquals(List.of("Bologna Univ. and INFN"), p.authors().get(0).affiliations());
  }

  @Test
  void parse_wholeHeadOfSnapshot_readsEveryLine() throws Exception {
    assertEquals(200, papers("snapshot-head-200.jsonl").size());
  }

  @Test
  void parse_badLines_sayWhatIsWrong() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SnapshotLine.parse("{\"id\":"))
        .getMessage().startsWith("not JSON"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SnapshotLine.parse("{\"id\":\"2301.00001\",\"title\":\"T\",\"versions\":[]}"))
        .getMessage().contains("no versions"));
    assertTrue(SnapshotLine.tryParse("{\"id\":\"not an id\"}").isEmpty());
  }
}
