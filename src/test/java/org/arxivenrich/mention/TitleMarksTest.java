package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick look-ups of finding titles agree with the slow ones they stand for (issue #13). */
class TitleMarksTest {
  private static final String CHARS = "《“\"「『*_》”」』 \t\naZ7.-[]|)、•论";

  @Test
  void next_readForwards_findsEveryMarkInTextOrder() {
    Random random = new Random(13);
    for (int n = 0; n < 2000; n++) {
      String text = text(random, 40);
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        if (TitleMarks.MARKS.indexOf(text.charAt(i)) >= 0) {
          expected.add(i);
        }
      }
      List<Integer> found = new ArrayList<>();
      TitleMarks marks = new TitleMarks(text);
      for (int i = marks.next(0); i >= 0; i = marks.next(i + 1)) {
        found.add(i);
      }
      assertEquals(expected, found, text);
    }
  }

  @Test
  void mayBeItem_isTrueWhereverTheItemPatternMatches() {
    Random random = new Random(13);
    int items = 0;
    for (int n = 0; n < 20000; n++) {
      String line = text(random, 8).replace('\n', ' ');
      if (TitleLines.ITEM.matcher(line).matches()) {
        assertTrue(TitleLines.mayBeItem(line), line);
        items++;
      }
    }
    assertTrue(items > 100, "items: " + items);
  }

  private static String text(Random random, int max) {
    StringBuilder text = new StringBuilder();
    for (int k = random.nextInt(max); k > 0; k--) {
      text.append(CHARS.charAt(random.nextInt(CHARS.length())));
    }
    return text.toString();
  }
}
