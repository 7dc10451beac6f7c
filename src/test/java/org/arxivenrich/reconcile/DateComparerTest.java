package org.arxivenrich.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mention.ClaimedDate;
import org.junit.jupiter.api.Test;

class DateComparerTest {
  private final DateComparer comparer = new DateComparer();

  private static Paper paper(String published, String updated, int version) {
    return new Paper(ArxivId.parse("2303.08774"), version, "T", "", List.of(),
        Instant.parse(published), Instant.parse(updated), "cs.CL", List.of("cs.CL"),
        Optional.empty(), Optional.empty(), Optional.empty(), "abs", "pdf");
  }

  @Test
  void compare_monthClaimOneDayAfterLateUtcSubmission_isTimeZoneMatch() {
    Paper p = paper("2023-03-31T23:30:00Z", "2023-03-31T23:30:00Z", 1);
    DateCheck check = comparer.compare(ClaimedDate.ofMonth(2023, 4, "23年4月"), p);
    assertEquals(Verdict.MATCH, check.verdict());
    assertTrue(check.reason().startsWith("time zone"), check.reason());
    assertEquals(1, check.deltaDays().getAsLong());
  }

  @Test
  void compare_yearClaim_comparedAtYearPrecisionOnly() {
    Paper p = paper("2023-01-02T10:00:00Z", "2023-01-02T10:00:00Z", 1);
    assertEquals(Verdict.MATCH, comparer.compare(ClaimedDate.ofYear(2023, "2023"), p).verdict());
  }

  @Test
  void compare_claimBeforeV1_hasNegativeDeltaAndReportsCanonicalDate() {
    Paper p = paper("2023-09-01T17:00:00Z", "2023-09-01T17:00:00Z", 1);
    DateCheck check = comparer.compare(ClaimedDate.ofDay(2023, 8, 24, "2023/08/24"), p);
    assertEquals(Verdict.MISMATCH, check.verdict());
    assertEquals(-8, check.deltaDays().getAsLong());
    assertEquals("2023-09-01", check.canonical().orElseThrow().toString());
    assertTrue(check.reason().startsWith("month differs"), check.reason());
  }

  @Test
  void compare_claimOfLatestVersion_saysSo() {
    Paper p = paper("2023-03-15T17:00:00Z", "2024-03-04T18:00:00Z", 6);
    DateCheck check = comparer.compare(ClaimedDate.ofDay(2024, 3, 4, "2024-03-04"), p);
    assertEquals(Verdict.MISMATCH, check.verdict());
    assertTrue(check.reason().contains("latest version's date"), check.reason());
  }

  @Test
  void compare_singleVersionPaper_neverBlamesTheLatestVersion() {
    Paper p = paper("2023-03-15T17:00:00Z", "2023-03-15T17:00:00Z", 1);
    DateCheck check = comparer.compare(ClaimedDate.ofYear(2022, "2022"), p);
    assertEquals("year differs", check.reason());
  }

  private static Paper withVersions(String... dates) {
    List<Instant> versions = java.util.Arrays.stream(dates).map(Instant::parse).toList();
    return new Paper(ArxivId.parse("2303.08774"), versions.size(), "T", "", List.of(),
        versions.get(0), versions.get(versions.size() - 1), "cs.CL", List.of("cs.CL"),
        Optional.empty(), Optional.empty(), Optional.empty(), "abs", "pdf", versions);
  }

  @Test
  void compare_claimOfAMiddleVersion_namesThatVersionAndItsDate() {
    Paper p = withVersions("2023-03-15T17:00:00Z", "2023-06-01T09:00:00Z",
        "2024-03-04T18:00:00Z");
    DateCheck check = comparer.compare(ClaimedDate.ofDay(2023, 6, 1, "2023-06-01"), p);
    assertEquals(Verdict.MISMATCH, check.verdict());
    assertEquals("claim matches v2's date, 2023-06-01, not v1's", check.reason());
    assertEquals("2023-03-15", check.canonical().orElseThrow().toString());
  }

  @Test
  void compare_monthClaimCoveringTwoMiddleVersions_namesTheEarlier() {
    Paper p = withVersions("2023-03-15T17:00:00Z", "2023-06-01T09:00:00Z",
        "2023-06-20T18:00:00Z", "2024-03-04T18:00:00Z");
    DateCheck check = comparer.compare(ClaimedDate.ofMonth(2023, 6, "2023年6月"), p);
    assertEquals("claim matches v2's date, 2023-06-01, not v1's", check.reason());
  }

  @Test
  void compare_claimOfTheLatestOfKnownVersions_isWordedAsWithoutThem() {
    Paper p = withVersions("2023-03-15T17:00:00Z", "2023-06-01T09:00:00Z",
        "2024-03-04T18:00:00Z");
    DateCheck check = comparer.compare(ClaimedDate.ofDay(2024, 3, 4, "2024-03-04"), p);
    assertEquals("claim matches the latest version's date (v3, 2024-03-04), not v1",
        check.reason());
  }

  @Test
  void compare_claimMatchingNoVersion_fallsBackToWhatDiffers() {
    Paper p = withVersions("2023-03-15T17:00:00Z", "2023-06-01T09:00:00Z");
    DateCheck check = comparer.compare(ClaimedDate.ofDay(2023, 9, 9, "2023-09-09"), p);
    assertEquals("month differs", check.reason());
  }
}
