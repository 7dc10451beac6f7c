package org.arxivenrich.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;

/**
 * Scores how much a decoded text reads like real text, so that the right one of several decodings
 * of the same bytes wins. Big5 read as GBK (and the reverse) decodes without errors but turns into
 * rare ideographs, kana and private-use characters; the right decoding is mostly common ideographs.
 */
final class ChineseTextScore {
  private static final int CJK_START = 0x4E00;
  private static final int CJK_END = 0x9FFF;
  /**
   * Each char's {@link #weight}, looked up once per char rather than worked out (issue #13: the
   * candidates of every GB18030 or Big5 file are scored on a sample each).
   */
  private static final byte[] WEIGHTS = weights(commonIdeographs());

  private ChineseTextScore() {}

  /** Higher is more plausible: common ideographs and CJK punctuation up, garbage down. */
  static long of(String text) {
    long score = 0;
    for (int i = 0; i < text.length(); i++) {
      score += WEIGHTS[text.charAt(i)];
    }
    return score;
  }

  private static byte[] weights(BitSet common) {
    byte[] weights = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      weights[c] = (byte) weight((char) c, common);
    }
    return weights;
  }

  /** Ideographs in GB2312 (common simplified) or Big5 level 1 (common traditional) count up. */
  static int weight(char c, BitSet common) {
    if (c < 0x80) {
      return 0;
    } else if (c == '\uFFFD' || (c >= 0x80 && c < 0xA0) || (c >= 0xE000 && c <= 0xF8FF)) {
      return -3; // undecodable, C1 controls or private use: a wrong decoding
    } else if (c >= CJK_START && c <= CJK_END) {
      return common.get(c - CJK_START) ? 2 : -1;
    } else if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)) {
      return 1;
    }
    return 0;
  }

  static BitSet commonIdeographs() {
    BitSet set = new BitSet(CJK_END - CJK_START + 1);
    CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
    CharsetEncoder big5 = TextDecoder.BIG5.newEncoder();
    for (int c = CJK_START; c <= CJK_END; c++) {
      if (gb2312.canEncode((char) c) || isBig5LevelOne(big5, (char) c)) {
        set.set(c - CJK_START);
      }
    }
    return set;
  }

  /** Big5 level 1 (frequently used characters) is 0xA440 to 0xC67E. */
  private static boolean isBig5LevelOne(CharsetEncoder big5, char c) {
    if (!big5.canEncode(c)) {
      return false;
    }
    try {
      ByteBuffer bytes = big5.encode(CharBuffer.wrap(new char[] {c}));
      int code = ((bytes.get(0) & 0xFF) << 8) | (bytes.get(1) & 0xFF);
      return bytes.limit() == 2 && code >= 0xA440 && code <= 0xC67E;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
