package org.arxivenrich.article;

/** Tells binary files from text before any decoding is tried. */
final class BinarySniffer {
  /** Text has control characters only to format lines; above this share a file is binary. */
  private static final double CONTROL_SHARE = 0.05;
  private static final int PROBE = 8192;

  private BinarySniffer() {}

  /** Why {@code bytes} are not a text file, or null if they may be one. */
  static String reason(byte[] bytes) {
    if (bytes.length == 0) {
      return "empty file";
    }
    if (startsWith(bytes, "%PDF-")) {
      return "binary file (PDF)";
    }
    if (TextDecoder.hasUtf16Bom(bytes)) {
      return null; // UTF-16 text is full of NUL bytes
    }
    int probe = Math.min(bytes.length, PROBE);
    int controls = 0;
    for (int i = 0; i < probe; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return "binary file (NUL byte at offset " + i + ")";
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    return controls > CONTROL_SHARE * probe ? "binary file (" + controls + " control bytes)" : null;
  }

  private static boolean startsWith(byte[] bytes, String magic) {
    if (bytes.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (bytes[i] != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
