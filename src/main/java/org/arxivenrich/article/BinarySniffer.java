package org.arxivenrich.article;

/**
 * Tells binary files from text before any decoding is tried. A binary file is judged by the share
 * of control bytes, NUL included, not by one NUL: a text file with a few NULs pasted in (issue #9)
 * is text, read with its NULs dropped.
 */
final class BinarySniffer {
  /** Text has control characters only to format lines; above this share a file is binary. */
  private static final double CONTROL_SHARE = 0.05;
  private static final int PROBE = 8192;
  /**
   * Fewer control bytes than this make a file binary only above {@link #SMALL_FILE_SHARE}: in a
   * one-line text three stray NULs are already over 5 % (issue #9).
   */
  private static final int MIN_CONTROLS = 16;
  private static final double SMALL_FILE_SHARE = 0.25;

  /** Signatures of binaries too small for the share of control bytes to tell. */
  private static final String[][] MAGIC = {{"%PDF-", "PDF"}, {"\u0089PNG", "PNG"},
      {"GIF8", "GIF"}, {"\u00FF\u00D8\u00FF", "JPEG"}, {"PK\u0003\u0004", "ZIP"},
      {"\u001F\u008B", "gzip"}};

  private BinarySniffer() {}

  /** Why {@code bytes} are not a text file, or null if they may be one. */
  static String reason(byte[] bytes) {
    if (bytes.length == 0) {
      return "empty file";
    }
    for (String[] magic : MAGIC) {
      if (startsWith(bytes, magic[0])) {
        return "binary file (" + magic[1] + ")";
      }
    }
    if (TextDecoder.hasUtf16Bom(bytes)) {
      return null; // UTF-16 text is full of NUL bytes
    }
    int probe = Math.min(bytes.length, PROBE);
    int controls = 0;
    for (int i = 0; i < probe; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    boolean binary = controls > CONTROL_SHARE * probe
        && (controls >= MIN_CONTROLS || controls > SMALL_FILE_SHARE * probe);
    return binary ? "binary file (" + controls + " control bytes)" : null;
  }

  private static boolean startsWith(byte[] bytes, String magic) {
    if (bytes.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if ((bytes[i] & 0xFF) != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
