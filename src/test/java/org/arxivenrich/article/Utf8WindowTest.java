package org.arxivenrich.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8WindowTest {
  /** Every cut of the window, so that a character straddles its end at each of its bytes. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void mayBeValid_validUtf8WithACharacterAcrossTheWindowsEnd_isTrue(int pad) {
    String text = "ascii head " + "x".repeat(pad) + "中文𝔘".repeat(200);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertTrue(Utf8Window.mayBeValid(bytes, 11));
  }

  @Test
  void mayBeValid_chineseInGb18030_isFalse() {
    byte[] bytes = "标题：注意力就是你所需要的一切".getBytes(TextDecoder.GB18030);
    assertFalse(Utf8Window.mayBeValid(bytes, 0));
  }

  @Test
  void mayBeValid_aBadByteOnlyAfterTheWindow_isLeftToTheWholeDecode() {
    byte[] good = "中".repeat(Utf8Window.WINDOW).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
    bytes[good.length] = (byte) 0xFF;
    assertTrue(Utf8Window.mayBeValid(bytes, 0));
  }

  @Test
  void mayBeValid_asciiOnly_isTrue() {
    assertTrue(Utf8Window.mayBeValid("plain".getBytes(StandardCharsets.UTF_8), 0));
  }
}
