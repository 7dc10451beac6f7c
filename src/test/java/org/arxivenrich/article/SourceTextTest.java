package org.arxivenrich.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SourceTextTest {
  private static final String TEXT = "a 𝔘 b\r\n\n論文 𝔘𝔘: x\nlast";

  /** Plain text counts positions when asked; each must be what a char-by-char map holds. */
  @Test
  void plain_positionsOfEveryOffset_areThoseOfTheFullMap() {
    SourceText plain = SourceText.plain(TEXT);
    SourceText mapped = SourceText.plainMapped(TEXT);
    for (int i = 0; i <= TEXT.length(); i++) {
      assertEquals(mapped.lineAt(i), plain.lineAt(i), "line at " + i);
      assertEquals(mapped.columnAt(i), plain.columnAt(i), "column at " + i);
    }
    assertEquals(plain, mapped);
  }

  /** A count goes on from the last one only forward on its line; any order gives the same. */
  @Test
  void plain_positionsAskedBackwardsAndAcrossLines_areThoseOfTheFullMap() {
    SourceText plain = SourceText.plain(TEXT);
    SourceText mapped = SourceText.plainMapped(TEXT);
    int[] order = {TEXT.length(), 12, 3, 14, 13, 0, 5, 4, TEXT.length() - 1, 9};
    for (int i : order) {
      assertEquals(mapped.columnAt(i), plain.columnAt(i), "column at " + i);
    }
    for (int i = TEXT.length(); i >= 0; i--) {
      assertEquals(mapped.columnAt(i), plain.columnAt(i), "column at " + i);
    }
  }

  @Test
  void plain_columnsCountCodePointsAndLinesStartAtOne() {
    SourceText plain = SourceText.plain(TEXT);
    int b = TEXT.indexOf('b');
    assertEquals(1, plain.lineAt(b));
    assertEquals(5, plain.columnAt(b)); // a, space, 𝔘 (two chars), space
    int x = TEXT.indexOf('x');
    assertEquals(3, plain.lineAt(x));
    assertEquals(8, plain.columnAt(x));
    assertEquals(4, plain.lineAt(TEXT.length()));
    assertEquals(5, plain.columnAt(TEXT.length()));
  }

  @Test
  void plain_offsetPastTheEnd_throws() {
    SourceText plain = SourceText.plain("ab");
    assertThrows(IndexOutOfBoundsException.class, () -> plain.lineAt(3));
  }

  @Test
  void equals_differentMaps_areNotEqual() {
    int[] lines = {1, 1, 1};
    int[] columns = {1, 2, 4};
    assertEquals(false, SourceText.plain("ab").equals(SourceText.mapped("ab", lines, columns)));
  }
}
