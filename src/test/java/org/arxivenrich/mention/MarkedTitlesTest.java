package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkedTitlesTest {

  @Test
  void lastBook_readsTheLastMarkedTitleInTheStretch() {
    String text = "見《Attention Is All You Need》與《GPT-4 Technical Report》 2303.08774";
    MarkedTitles marked = new MarkedTitles(text);
    int hit = text.indexOf("2303");
    assertEquals(Optional.of("GPT-4 Technical Report"), marked.lastBook(0, hit));
    assertEquals(Optional.of("Attention Is All You Need"), marked.lastBook(0, text.indexOf("與")));
    assertEquals(Optional.empty(), marked.lastBook(text.indexOf("》 ") + 1, hit));
  }

  /** The indexed marks give what a search of the whole stretch gives, at its edges too. */
  @Test
  void eachReading_givesWhatTheSearchOfTheStretchGives() {
    RandomTexts texts = new RandomTexts("《", "》", "“", "”", "\"", "「", "」", "『", "』", "**", "*",
        "论文",
        "論文", "论", "Llama 3 ", "Deep Research", "x", " ", "\n", "的", "GPT-4",
        "《Deep Research》", "“The Llama 3 Herd”", "**Bold Title**", "Orca 3 論文", "「提示詞」",
        "Scaling Laws for Neural Language Models ", "Attention Is All You Need", "\t");
    int found = 0;
    for (int n = 0; n < 3000; n++) {
      String text = texts.next(20);
      MarkedTitles marked = new MarkedTitles(text);
      int[] stretch = texts.stretch(text);
      int from = stretch[0];
      int to = stretch[1];
      Optional<String> book = searched(TitleReader.BOOK, text, from, to, true);
      assertEquals(book, marked.lastBook(from, to), text);
      assertEquals(searched(TitleReader.BOOK, text, from, to, false), marked.firstBook(from, to));
      assertEquals(searched(TitleReader.QUOTED, text, from, to, true)
          .or(() -> searched(TitleReader.BOLD, text, from, to, true)),
          marked.lastQuotedOrBold(from, to), text);
      assertEquals(searched(TitleReader.QUOTED, text, from, to, false)
          .or(() -> searched(TitleReader.BOLD, text, from, to, false)),
          marked.firstQuotedOrBold(from, to), text);
      Optional<String> named = searched(TitleReader.NAME_PAPER, text, from, to, true);
      assertEquals(named, marked.lastNamedPaper(from, to), text);
      found += (book.isPresent() ? 1 : 0) + (named.isPresent() ? 1 : 0);
    }
    assertTrue(found > 300, "titles found: " + found);
  }

  /** A name before 论文 as long as NAME_PAPER reads, and longer, from stretches that cut it. */
  @Test
  void lastNamedPaper_givesWhatTheSearchGivesAtTheLongestName() {
    for (int n = 58; n < 68; n++) {
      String text = "见 Ab" + "c".repeat(n - 2) + " \t论文";
      MarkedTitles marked = new MarkedTitles(text);
      for (int from = 0; from < 8; from++) {
        assertEquals(searched(TitleReader.NAME_PAPER, text, from, text.length(), true),
            marked.lastNamedPaper(from, text.length()), n + " from " + from);
      }
    }
  }

  private static Optional<String> searched(Pattern p, String text, int from, int to,
      boolean last) {
    Matcher m = p.matcher(text).region(from, to);
    String found = null;
    while (m.find()) {
      found = TitleReader.group(m);
      if (!last) {
        break;
      }
    }
    return found == null ? Optional.empty() : TitleReader.clean(found);
  }
}
