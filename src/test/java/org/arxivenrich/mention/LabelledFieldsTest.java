package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelledFieldsTest {

  private static LabelledFields<String> titles(String text) {
    return new LabelledFields<>(text, new LineStarts(text), ClaimReader.TITLE_FIELD,
        ClaimReader.TITLE_LABELS, Optional::of);
  }

  @Test
  void last_takesTheLastFieldBeforeTheLine() {
    String text = "标题: A\nprose\n- **Title**: B\nlink 1\n论文: C\nlink 2\n";
    int link1 = text.indexOf("link 1");
    assertEquals(Optional.of(new Sourced<>("B", "field:Title")), titles(text).last(0, link1));
    assertEquals(Optional.of(new Sourced<>("A", "field:标题")),
        titles(text).last(0, text.indexOf("prose")));
    assertEquals(Optional.empty(), titles(text).last(link1, text.indexOf("论文")));
  }

  /** A search may start inside a line: {@code ^} matches there as at a region's start. */
  @Test
  void last_readsAFieldAtAStartInsideALine() {
    String text = "see 2301.00001 Title: Next one\nlink\n";
    int from = text.indexOf("Title");
    assertEquals(Optional.of(new Sourced<>("Next one", "field:Title")),
        titles(text).last(from, text.indexOf("link")));
    assertEquals(Optional.empty(), titles(text).last(0, text.indexOf("link")));
  }

  /** The index gives what a search of every line start from each start gives. */
  @Test
  void last_givesWhatTheSearchGives() {
    String[] lines = {"标题: A", "Title: B", "  - 论文：《C》", "The end", "Paper title: D",
        "x Title: E", "", "**題目**: F", "T",
        "论文链接：G", "**Title** :\tH", "Title**: I", "Title ** : J"};
    Random random = new Random(13);
    int found = 0;
    for (int n = 0; n < 500; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        String line = lines[random.nextInt(lines.length)];
        b.append(line).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
      }
      String text = b.toString();
      TextLines textLines = new TextLines(text);
      LabelledFields<String> fields = titles(text);
      for (int k = 0; k < 10; k++) {
        int from = random.nextInt(text.length());
        int end = textLines.lineStart(random.nextInt(text.length() + 1));
        Optional<Sourced<String>> expected = fields.searched(from, end);
        assertEquals(expected, fields.last(from, end), text + " [" + from + ", " + end + ")");
        found += expected.isPresent() ? 1 : 0;
      }
    }
    assertTrue(found > 500, "fields found: " + found);
  }

  /**
   * A value's {@code \\S} may be U+2028, a line start to {@code (?m)^}: the search goes on after
   * the match, past that line start, and so does {@code last}.
   */
  @Test
  void last_goesOnAfterAValueThatHoldsALineStart() {
    String text = "Title:\u2028Paper title: X\nlink\n";
    assertEquals(Optional.of(new Sourced<>("\u2028Paper title: X", "field:Title")),
        titles(text).last(0, text.indexOf("link")));
  }
}
