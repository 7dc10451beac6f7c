package org.arxivenrich.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes a file's bytes into text: a BOM decides when there is one, strict UTF-8 when the bytes
 * are valid UTF-8, otherwise the candidate (chardet's guess, GB18030, Big5) whose decoding reads
 * most like Chinese text. Detectors alone are fooled by short Chinese texts, hence the scoring.
 * The candidates compete on a sample from the first non-ASCII byte, and only the winner decodes
 * the whole file (issue #13: one full decode, not one per candidate).
 */
final class TextDecoder {
  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5 = Charset.forName("Big5");
  /**
   * Scoring a sample is enough to tell encodings apart and keeps big files cheap: 4 KB of CJK
   * text is over a thousand characters. ASCII scores nothing in any candidate, so the sample
   * starts at the first byte that is not ASCII (an HTML head can be longer than the sample).
   */
  private static final int SAMPLE = 4 * 1024;

  /** Decoded text, the charset used, and how many byte sequences could not be decoded. */
  record Decoded(String text, Charset charset, int malformed) {}

  Decoded decode(byte[] bytes) {
    Optional<Decoded> bom = decodeBom(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    Optional<String> utf8 = strictUtf8(bytes);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8, 0);
    }
    Charset best = choose(bytes);
    String text = lenient(bytes, 0, bytes.length, best);
    return new Decoded(text, best, countReplacements(text));
  }

  private static Optional<Decoded> decodeBom(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(decodeFrom(b, 3, StandardCharsets.UTF_8));
    } else if (startsWith(b, 0xFE, 0xFF)) {
      return Optional.of(decodeFrom(b, 2, StandardCharsets.UTF_16BE));
    } else if (startsWith(b, 0xFF, 0xFE)) {
      return Optional.of(decodeFrom(b, 2, StandardCharsets.UTF_16LE));
    }
    return Optional.empty();
  }

  /** True when the bytes start with a byte-order mark (whose NULs do not make UTF-16 binary). */
  static boolean hasUtf16Bom(byte[] b) {
    return startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE);
  }

  private static Decoded decodeFrom(byte[] b, int offset, Charset cs) {
    String text = lenient(b, offset, b.length - offset, cs);
    return new Decoded(text, cs, countReplacements(text));
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The candidate whose decoding of a sample scores highest; ties keep the earlier candidate. */
  private static Charset choose(byte[] bytes) {
    int from = firstNonAscii(bytes);
    int length = Math.min(bytes.length - from, SAMPLE);
    Charset best = null;
    long bestScore = Long.MIN_VALUE;
    for (Charset candidate : candidates(bytes, from, length)) {
      long score = ChineseTextScore.of(lenient(bytes, from, length, candidate));
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private static int firstNonAscii(byte[] bytes) {
    return Math.max(0, ByteScan.firstNonAscii(bytes));
  }

  private static List<Charset> candidates(byte[] bytes, int from, int length) {
    List<Charset> list = new ArrayList<>(List.of(StandardCharsets.UTF_8));
    detected(bytes, from, length).ifPresent(list::add);
    list.add(GB18030);
    list.add(BIG5);
    return list.stream().distinct().toList();
  }

  private static Optional<Charset> detected(byte[] bytes, int from, int length) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, from, length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return Optional.empty();
    }
    if (name.startsWith("GB") || name.startsWith("HZ")) {
      return Optional.of(GB18030); // GB18030 is a superset of GB2312 and GBK
    }
    try {
      return Optional.of(Charset.forName(name)).filter(TextDecoder::isAsciiCompatible);
    } catch (IllegalArgumentException unsupported) {
      return Optional.empty();
    }
  }

  /**
   * Only ASCII-compatible guesses compete: UTF-16 without a BOM turns pairs of ASCII letters into
   * ideographs, which the score would mistake for Chinese.
   */
  private static boolean isAsciiCompatible(Charset cs) {
    return cs.canEncode() && Arrays.equals("a:/1".getBytes(cs), new byte[] {'a', ':', '/', '1'});
  }

  /**
   * The bytes as strict UTF-8, if they are valid UTF-8. The JDK's own decoding is much faster
   * than a decoder's, and replaces each malformed sequence with U+FFFD: without one in its result
   * the bytes were valid; with one, a strict decoder tells a bad byte from a written U+FFFD.
   */
  private static Optional<String> strictUtf8(byte[] bytes) {
    if (!Utf8Window.mayBeValid(bytes, firstNonAscii(bytes))) {
      return Optional.empty(); // a GB18030 or Big5 file: no whole decode as UTF-8 (issue #13)
    }
    String fast = new String(bytes, StandardCharsets.UTF_8);
    return fast.indexOf('\uFFFD') < 0 ? Optional.of(fast) : strict(bytes, StandardCharsets.UTF_8);
  }

  private static Optional<String> strict(byte[] bytes, Charset cs) {
    try {
      return Optional.of(cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Decodes with every bad sequence replaced by U+FFFD (a decoder's default replacement). */
  private static String lenient(byte[] bytes, int offset, int length, Charset cs) {
    return new String(bytes, offset, length, cs);
  }

  /** Replacement characters, and C1 controls, which only a wrong single-byte decoding yields. */
  private static int countReplacements(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD' || (c >= 0x80 && c < 0xA0)) {
        n++;
      }
    }
    return n;
  }
}
