package org.arxivenrich.mention;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Latin names an article writes right before 论文/論文 ("Let's Verify Step by Step论文
 * 提供了"), as title phrases of source {@code named} (issue #11); whether one is a title, a title
 * search decides later.
 */
final class PaperWordNames {
  /** {@link TitleReader#NAME_PAPER} ending where the text says 论文: tried only there. */
  private static final Pattern NAME_BEFORE_PAPER =
      Pattern.compile(TitleReader.NAME_PAPER.pattern() + "$");
  private static final int NAME_WINDOW = 80;
  /** The chars of a name in {@link TitleReader#NAME_PAPER}. */
  private static final String NAME_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'’.:+- ";

  private PaperWordNames() {}

  /**
   * Names right before 论文/論文, looked for only where the text says so: a search of the whole
   * text would try a name at every Latin letter.
   */
  static void find(String text, List<TitlePhrases.Phrase> into) {
    int simplified = text.indexOf("论文");
    int traditional = text.indexOf("論文");
    while (simplified >= 0 || traditional >= 0) {
      boolean first = traditional < 0 || simplified >= 0 && simplified < traditional;
      int i = first ? simplified : traditional;
      nameBefore(text, i, into);
      if (first) {
        simplified = text.indexOf("论文", i + 2);
      } else {
        traditional = text.indexOf("論文", i + 2);
      }
    }
  }

  /** The Latin name right before the 论文 at {@code i}, if it may be a title. */
  private static void nameBefore(String text, int i, List<TitlePhrases.Phrase> into) {
    int before = i - 1;
    while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
      before--;
    }
    if (before < 0 || text.charAt(before) >= 0x80
        || !Character.isLetterOrDigit(text.charAt(before))) {
      return; // 论文 after Chinese text, the common case: no Latin name to read
    }
    Matcher m = NAME_BEFORE_PAPER.matcher(text).region(nameStart(text, i, before), i + 2)
        .useTransparentBounds(true);
    if (m.find()) {
      TitleReader.clean(m.group(1)).filter(TitlePhrases::mayBeTitle)
          .filter(p -> !TitleLines.isHeading(text, m.start()))
          .ifPresent(p -> into.add(new TitlePhrases.Phrase(m.start(1), m.end(1), p, "named")));
    }
  }

  /**
   * Where {@link #NAME_BEFORE_PAPER} can start for the 论文 at {@code i}: its name ends at {@code
   * last}, is at most 62 chars of {@link #NAME_CHARS}, and starts within the window. Searching
   * from there finds what a search of the whole window finds, without trying every start.
   */
  private static int nameStart(String text, int i, int last) {
    int from = Math.max(Math.max(0, i - NAME_WINDOW), last - 61);
    int start = last;
    while (start > from && NAME_CHARS.indexOf(text.charAt(start - 1)) >= 0) {
      start--;
    }
    return start;
  }
}
