package org.arxivenrich.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.arxivenrich.diff.Diff.DateCorrection;
import org.arxivenrich.diff.Diff.MentionRef;
import org.arxivenrich.diff.Diff.PaperRef;
import org.arxivenrich.diff.Diff.SourceChange;
import org.arxivenrich.diff.Diff.VerdictChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two hand-made datasets (src/test/resources/diff): between them a date is fixed in a.md (and a
 * line added at its top), a paper gains a version, new.md is added and old.md removed.
 */
class DifferTest {
  private static Dataset before;
  private static Dataset after;
  private static Diff diff;

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(DifferTest.class.getResource("/diff/" + name).toURI());
  }

  @BeforeAll
  static void compare() throws IOException, URISyntaxException {
    before = new DatasetReader().read(fixture("before"));
    after = new DatasetReader().read(fixture("after"));
    diff = new Differ().compare(before, after, "run-1");
  }

  @Test
  void compare_correctedDates_listNewBeforeKnownWithCanonicalDate() {
    assertEquals(List.of(
        new DateCorrection("new", "new.md", 1, "2401.04088", "2023-12", "2023-12", "2024-01-08",
            "-8", "month differs"),
        new DateCorrection("known", "a.md", 8, "2305.14314", "2022", "2022", "2023-05-23",
            "-508", "year differs")), diff.correctedDates());
  }

  @Test
  void compare_dateFixedInArticle_isListedAsFixedAndAsVerdictChange() {
    assertEquals(List.of("a.md:3:2303.08774:2023-05"), diff.fixedDates().stream()
        .map(c -> c.article() + ":" + c.line() + ":" + c.arxivId() + ":" + c.claimedDate())
        .toList());
    assertTrue(diff.verdictChanges().contains(new VerdictChange("a.md", 4, "2303.08774",
        "date_verdict", "mismatch", "match", "2023-05", "2023-03")),
        diff.verdictChanges()::toString);
  }

  @Test
  void compare_linesShiftedInAnArticle_pairsItsMentionsInsteadOfReplacingThem() {
    assertTrue(diff.mentionsAppeared().stream().noneMatch(m -> m.article().equals("a.md")));
    assertTrue(diff.mentionsDisappeared().stream().noneMatch(m -> m.article().equals("a.md")));
  }

  @Test
  void compare_newAndRemovedArticles_listTheirMentionsAndPapers() {
    assertEquals(List.of("new.md:1:2401.04088", "new.md:3:https://cdn.openai.com/papers/gpt-4.pdf"),
        refs(diff.mentionsAppeared()));
    assertEquals(List.of("old.md:1:1810.04805", "old.md:4:2303.08774"),
        refs(diff.mentionsDisappeared()));
    assertEquals(List.of("2401.04088"), diff.papersAppeared().stream().map(PaperRef::arxivId)
        .toList());
    assertEquals(List.of("1810.04805"), diff.papersDisappeared().stream().map(PaperRef::arxivId)
        .toList());
  }

  @Test
  void compare_metadataChangedAtArxiv_listsEachChangeByPaper() {
    assertEquals(List.of(
        "1706.03762 journal_ref_added  -> NeurIPS 2017",
        "2305.14314 doi_added  -> 10.48550/arXiv.2305.14314",
        "2307.09288 new_version v2 -> v3",
        "2307.09288 title_revised Llama 2: Open Foundation and Fine-Tuned Chat Models -> "
            + "Llama 2: Open Foundation and Fine-Tuned Chat Models (revised)",
        "2312.99999 withdrawn 12 pages -> This paper has been withdrawn by the author"),
        diff.sourceChanges().stream().map(c -> c.arxivId() + " " + c.change() + " " + c.before()
            + " -> " + c.after()).toList());
  }

  @Test
  void compare_titleVerdictChanged_isReportedWithTheClaim() {
    assertTrue(diff.verdictChanges().contains(new VerdictChange("b.md", 5, "2307.09288",
        "title_verdict", "match", "uncertain",
        "Llama 2: Open Foundation and Fine-Tuned Chat Models",
        "Llama 2: Open Foundation and Fine-Tuned Chat Models")));
    assertEquals(2, diff.verdictChanges().size(), diff.verdictChanges()::toString);
  }

  @Test
  void compare_datasetWithItself_findsNothingButKnownCorrections() {
    Diff same = new Differ().compare(after, after, "run-2");
    assertTrue(same.mentionsAppeared().isEmpty() && same.mentionsDisappeared().isEmpty());
    assertTrue(same.papersAppeared().isEmpty() && same.papersDisappeared().isEmpty());
    assertTrue(same.sourceChanges().isEmpty() && same.verdictChanges().isEmpty());
    assertTrue(same.fixedDates().isEmpty());
    assertEquals(List.of("known", "known"), same.correctedDates().stream()
        .map(DateCorrection::mark).toList());
  }

  @Test
  void firstRun_hasNoPreviousAndMarksEveryCorrectionNew() {
    Diff first = new Differ().firstRun(after);
    assertTrue(first.firstRun());
    assertEquals(List.of("new", "new"), first.correctedDates().stream()
        .map(DateCorrection::mark).toList());
    assertEquals(after.mentions().size(), first.mentionsAppeared().size());
  }

  @Test
  void compare_paperResolvedOnlyNow_reportsTheStatusNotEveryField() {
    Map<String, String> unresolved = Map.of("arxiv_id", "2401.00001", "status", "unresolved");
    Map<String, String> resolved = Map.of("arxiv_id", "2401.00001", "status", "resolved",
        "title", "A Title", "latest_version", "2", "doi", "10.1/x");
    Diff d = new Differ().compare(new Dataset(List.of(), List.of(unresolved)),
        new Dataset(List.of(), List.of(resolved)), "run-1");
    assertEquals(List.of(new SourceChange("2401.00001", "status", "unresolved", "resolved")),
        d.sourceChanges());
  }

  @Test
  void compare_claimChangedToAnotherWrongDate_isNewNotKnown() {
    Map<String, String> was = Map.of("article", "x.md", "line", "1", "arxiv_id", "2401.00001",
        "claimed_date", "2020", "date_verdict", "mismatch");
    Map<String, String> is = Map.of("article", "x.md", "line", "1", "arxiv_id", "2401.00001",
        "claimed_date", "2021", "date_verdict", "mismatch");
    Diff d = new Differ().compare(new Dataset(List.of(was), List.of()),
        new Dataset(List.of(is), List.of()), "run-1");
    assertEquals("new", d.correctedDates().get(0).mark());
  }

  private static List<String> refs(List<MentionRef> refs) {
    return refs.stream().map(m -> m.article() + ":" + m.line() + ":"
        + (m.arxivId().isEmpty() ? m.url() : m.arxivId())).toList();
  }
}
