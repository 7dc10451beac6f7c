package org.arxivenrich.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.arxivenrich.arxiv.Paper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Title look-ups in a mirror of the 200 real snapshot lines: each way an article may write a
 * paper's title finds that paper among the first five, as the suggestions need.
 */
class TitleIndexTest {
  @TempDir static Path dir;
  private static MirrorStore store;
  private static List<Paper> papers;

  @BeforeAll
  static void importTheRealLines() throws Exception {
    store = MirrorStore.open(dir.resolve("m.sqlite"));
    new SnapshotImporter(store).load(Path.of(TitleIndexTest.class
        .getResource("/mirror/snapshot-head-200.jsonl").toURI()));
    List<Paper> all = new ArrayList<>();
    store.forEachPaper(all::add);
    papers = List.copyOf(all);
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  /** The papers whose title, written as {@code variant} makes it, is not among the first five. */
  private static List<String> missed(UnaryOperator<String> variant) throws Exception {
    List<String> missed = new ArrayList<>();
    for (Paper p : papers) {
      String query = variant.apply(p.title().replaceAll("\\s+", " ").strip());
      if (store.searchTitle(query, 5).stream().noneMatch(h -> h.id().equals(p.id()))) {
        missed.add(p.id().value() + ": " + query);
      }
    }
    return missed;
  }

  private static UnaryOperator<String> variant(String kind) {
    return switch (kind) {
      case "exact" -> t -> t;
      case "sentence case" -> t -> t.substring(0, 1) + t.substring(1).toLowerCase(Locale.ROOT);
      case "latex" -> t -> "\\emph{" + t.replace(" ", "} \\textbf{") + "}";
      case "chinese punctuation" -> t -> "《" + t.replace(": ", "：").replace(", ", "，") + "》";
      case "version suffix" -> t -> t + " v2";
      case "typo" -> TitleIndexTest::swapInLongestWord;
      case "missing last words" -> t -> t.substring(0, t.lastIndexOf(' ', t.lastIndexOf(' ')
          - 1) < 1 ? t.length() : t.lastIndexOf(' ', t.lastIndexOf(' ') - 1));
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static String swapInLongestWord(String title) {
    String[] words = title.split(" ");
    int longest = 0;
    for (int i = 1; i < words.length; i++) {
      longest = words[i].length() > words[longest].length() ? i : longest;
    }
    String w = words[longest];
    int at = w.length() / 2;
    words[longest] = w.substring(0, at - 1) + w.charAt(at) + w.charAt(at - 1)
        + w.substring(at + 1);
    return String.join(" ", words);
  }

  @ParameterizedTest
  @ValueSource(strings = {"exact", "sentence case", "latex", "chinese punctuation",
      "version suffix", "typo", "missing last words"})
  void searchTitle_titleWrittenAnotherWay_findsThePaper(String kind) throws Exception {
    assertEquals(List.of(), missed(variant(kind)));
  }

  /**
   * A subtitle the paper lacks, made of words the index knows (another paper's first three): no
   * title holds all the words asked, and only the look-up by any two of them finds the paper.
   */
  @Test
  void searchTitle_extraSubtitleOfKnownWords_findsThePaperByAnyTwoOfItsWords() throws Exception {
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < papers.size(); i++) {
      Paper p = papers.get(i);
      String[] other = papers.get((i + 1) % papers.size()).title().split("\\s+");
      String query = p.title() + ": "
          + String.join(" ", List.of(other).subList(0, Math.min(3, other.length)));
      if (store.searchTitle(query, 5).stream().noneMatch(h -> h.id().equals(p.id()))) {
        missed.add(p.id().value() + ": " + query);
      }
    }
    assertEquals(List.of(), missed);
  }

  @Test
  void searchTitle_exactTitle_ranksThePaperFirst() throws Exception {
    for (Paper p : papers) {
      assertEquals(p.id(), store.searchTitle(p.title(), 5).get(0).id(), p.title());
    }
  }

  @Test
  void searchTitle_onlyUnknownAndStopWords_findsNothing() throws Exception {
    assertEquals(List.of(), store.searchTitle("Of the Xyzzyq and Plughwv", 5));
    assertTrue(store.searchTitle("anything", 0).isEmpty());
  }
}
