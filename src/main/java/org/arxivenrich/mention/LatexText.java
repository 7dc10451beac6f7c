package org.arxivenrich.mention;

/** Plain text of a BibTeX value: braces, simple commands and escapes removed, spaces collapsed. */
final class LatexText {
  private LatexText() {}

  static String plain(String latex) {
    return latex.replaceAll("\\\\(?:emph|textit|textbf|textsc|mathrm|text)\\s*", "")
        .replaceAll("\\\\([&%$#_])", "$1")
        .replace("--", "–")
        .replaceAll("[{}]", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
