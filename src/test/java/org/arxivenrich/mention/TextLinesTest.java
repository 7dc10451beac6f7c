package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextLinesTest {

  @Test
  void linesBack_stepsBackLineByLineToTheFirst() {
    String text = "a\n\nbb\nccc\nd\n";
    TextLines lines = new TextLines(text);
    for (int offset = 0; offset <= text.length(); offset++) {
      for (int back = 0; back < 7; back++) {
        int start = lines.lineStart(offset);
        for (int i = 0; i < back && start > 0; i++) {
          start = lines.lineStart(start - 1);
        }
        assertEquals(start, lines.linesBack(offset, back), offset + " back " + back);
      }
    }
  }

  @Test
  void isTerminator_isTrueForTheTerminatorsOnly() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(TextLines.TERMINATORS.indexOf(c) >= 0, TextLines.isTerminator(c), "" + c);
    }
  }
}
