package org.arxivenrich.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells early that bytes are not UTF-8 (issue #13): a GB18030 or Big5 file fails strict UTF-8
 * within its first few non-ASCII bytes, so a short window from the first of them, decoded
 * strictly, spares the whole-file decode that would only find U+FFFD. The window starts after
 * ASCII and ends before a byte that is no continuation byte, so it cuts no character: when the
 * window is malformed, so is the whole.
 */
final class Utf8Window {
  /** Bytes decoded from the first non-ASCII one: a few dozen Chinese characters. */
  static final int WINDOW = 256;

  private Utf8Window() {}

  /**
   * False only when {@code bytes} are certainly not valid UTF-8; {@code from} is the first
   * non-ASCII byte (0 when there is none).
   */
  static boolean mayBeValid(byte[] bytes, int from) {
    int end = Math.min(bytes.length, from + WINDOW);
    while (end > from && end < bytes.length && isContinuation(bytes[end])) {
      end--;
    }
    if (end <= from) {
      return true;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, end - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
