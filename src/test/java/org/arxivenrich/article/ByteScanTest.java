package org.arxivenrich.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteScanTest {
  /**
   * Arrays of every length up to a few words, with the bytes of interest at random places and
   * the bytes next to them (1, 0x7F, 0x80, 0xFF: the ones a word-wide test could confuse).
   */
  @Test
  void zerosAndFirstNonAscii_matchAByteByByteLoop() {
    Random random = new Random(13);
    byte[] alphabet = {0, 1, 'a', 0x7F, (byte) 0x80, (byte) 0xFF, ' ', '\n'};
    for (int length = 0; length < 40; length++) {
      for (int trial = 0; trial < 200; trial++) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
          bytes[i] = random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) 'x';
        }
        assertEquals(zerosOneByOne(bytes), ByteScan.zeros(bytes));
        assertEquals(firstNonAsciiOneByOne(bytes), ByteScan.firstNonAscii(bytes));
      }
    }
  }

  @Test
  void firstNonAscii_asciiOnly_isMinusOne() {
    assertEquals(-1, ByteScan.firstNonAscii("plain ASCII text, longer than a word".getBytes()));
  }

  private static int zerosOneByOne(byte[] bytes) {
    int n = 0;
    for (byte b : bytes) {
      n += b == 0 ? 1 : 0;
    }
    return n;
  }

  private static int firstNonAsciiOneByOne(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return i;
      }
    }
    return -1;
  }
}
