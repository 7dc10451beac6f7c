package org.arxivenrich.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperStoreTest {
  private static final Instant FETCHED = Instant.parse("2026-11-20T01:02:03Z");
  private static final ArxivId ID = ArxivId.parse("1706.03762");

  @TempDir
  Path dir;

  static Paper paper() {
    return new Paper(ID, 7, "Attention Is All You Need", "The dominant ...",
        List.of(new Paper.Author("Ashish Vaswani", List.of("Google Brain"))),
        Instant.parse("2017-06-12T17:57:34Z"), Instant.parse("2023-08-02T00:41:18Z"), "cs.CL",
        List.of("cs.CL", "cs.LG"), Optional.of("15 pages"), Optional.empty(),
        Optional.of("10.1000/x"), "https://arxiv.org/abs/1706.03762v7",
        "https://arxiv.org/pdf/1706.03762v7");
  }

  @Test
  void putAll_thenReopen_readsBackEveryKindButUnresolved() throws Exception {
    Path file = dir.resolve("deep/folder/arxiv.sqlite");
    ArxivId gone = ArxivId.parse("2401.99999");
    ArxivId bad = ArxivId.parse("2401.00001");
    ArxivId later = ArxivId.parse("2303.08774");
    try (PaperStore store = PaperStore.open(file)) {
      store.putAll(List.of(new Outcome.Found(paper(), FETCHED), new Outcome.NotFound(gone),
          new Outcome.Invalid(bad, "incorrect id format for 2401.00001"),
          new Outcome.Unresolved(later, "HTTP 503")), FETCHED);
    }
    try (PaperStore store = PaperStore.open(file)) {
      assertEquals(Optional.of(new PaperStore.Stored(new Outcome.Found(paper(), FETCHED),
          FETCHED)), store.get(ID));
      assertEquals(new Outcome.NotFound(gone), store.get(gone).orElseThrow().outcome());
      assertEquals(new Outcome.Invalid(bad, "incorrect id format for 2401.00001"),
          store.get(bad).orElseThrow().outcome());
      assertEquals(Optional.empty(), store.get(later));
    }
  }

  @Test
  void putAll_paperWithEveryVersionDate_readsThemBack() throws Exception {
    Paper p = paper();
    List<Instant> dates = new ArrayList<>();
    for (int v = 1; v <= 7; v++) {
      dates.add(p.published().plus(Duration.ofDays(30L * (v - 1))));
    }
    Paper versioned = new Paper(p.id(), 7, p.title(), p.summary(), p.authors(), p.published(),
        dates.get(6), p.primaryCategory(), p.categories(), p.comment(), p.journalRef(), p.doi(),
        p.absUrl(), p.pdfUrl(), dates);
    Path file = dir.resolve("arxiv.sqlite");
    try (PaperStore store = PaperStore.open(file)) {
      store.putAll(List.of(new Outcome.Found(versioned, FETCHED)), FETCHED);
    }
    try (PaperStore store = PaperStore.open(file)) {
      Paper back = store.get(ID).orElseThrow().outcome().foundPaper().orElseThrow();
      assertEquals(dates, back.versionDates());
      assertEquals(Optional.of(dates.get(1)), back.versionDate(2));
    }
  }

  @Test
  void get_unreadableRow_isAMissNotAFailure() throws Exception {
    Path file = dir.resolve("arxiv.sqlite");
    PaperStore.open(file).close();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = db.createStatement()) {
      s.execute("INSERT INTO answers VALUES ('1706.03762', 'found', '{not json', NULL, "
          + "'2026-11-20T01:02:03Z')");
    }
    try (PaperStore store = PaperStore.open(file)) {
      assertEquals(Optional.empty(), store.get(ID));
    }
  }

  @Test
  void open_usesWriteAheadLogSoACrashCannotTearTheFile() throws Exception {
    Path file = dir.resolve("arxiv.sqlite");
    PaperStore.open(file).close();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
      assertTrue(r.next());
      assertEquals("wal", r.getString(1));
    }
  }

  @Test
  void putSearch_thenReopen_readsTheCandidatesInRankOrderWithTheirPapers() throws Exception {
    Path file = dir.resolve("arxiv.sqlite");
    Paper other = new Paper(ArxivId.parse("2303.08774"), 6, "GPT-4 Technical Report", "We ...",
        List.of(), FETCHED, FETCHED, "cs.CL", List.of("cs.CL"), Optional.empty(),
        Optional.empty(), Optional.empty(), "https://arxiv.org/abs/2303.08774v6",
        "https://arxiv.org/pdf/2303.08774v6");
    try (PaperStore store = PaperStore.open(file)) {
      store.putSearch("attention is all you need", 5, List.of(other, paper()), FETCHED);
      store.putSearch("nothing like it", 5, List.of(), FETCHED);
    }
    try (PaperStore store = PaperStore.open(file)) {
      assertEquals(Optional.of(new PaperStore.StoredSearch(List.of(other, paper()), FETCHED)),
          store.getSearch("attention is all you need", 5));
      assertEquals(List.of(), store.getSearch("nothing like it", 5).orElseThrow().candidates());
      assertEquals(Optional.empty(), store.getSearch("attention is all you need", 3));
      assertEquals(new Outcome.Found(paper(), FETCHED), store.get(ID).orElseThrow().outcome());
    }
  }

  @Test
  void open_databaseFromBeforeTitleSearches_gainsTheTableAndKeepsItsAnswers() throws Exception {
    Path file = dir.resolve("arxiv.sqlite");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = db.createStatement()) {
      s.execute("CREATE TABLE answers (id TEXT PRIMARY KEY, status TEXT NOT NULL, paper TEXT, "
          + "message TEXT, fetched_at TEXT NOT NULL)");
      s.execute("INSERT INTO answers VALUES ('2401.99999', 'not_found', NULL, NULL, "
          + "'2026-11-20T01:02:03Z')");
    }
    try (PaperStore store = PaperStore.open(file)) {
      ArxivId gone = ArxivId.parse("2401.99999");
      assertEquals(new PaperStore.Stored(new Outcome.NotFound(gone), FETCHED),
          store.get(gone).orElseThrow());
      store.putSearch("attention is all you need", 5, List.of(paper()), FETCHED);
      assertEquals(List.of(paper()),
          store.getSearch("attention is all you need", 5).orElseThrow().candidates());
    }
  }
}
