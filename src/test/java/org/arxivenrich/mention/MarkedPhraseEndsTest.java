package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The char loops of {@link MarkedPhraseEnds} end a phrase exactly where the patterns they replace
 * do (issue #13: the output must not change), on texts made of the chars that decide a match:
 * every mark, word chars, spaces, line breaks, Chinese, and runs about as long as the limit.
 */
class MarkedPhraseEndsTest {
  private static final String[] PIECES = {"《", "》", "“", "”", "\"", "「", "」", "『", "』", "*",
      "**", "_", "__", "\n", " ", "a", "Z", "7", "论", ".", "-", "x".repeat(120),
      "y y".repeat(49), "z".repeat(298)};

  @Test
  void book_endsWhereThePatternEnds() {
    assertSameEnds(TitleReader.BOOK, MarkedPhraseEnds::book, "《");
  }

  @Test
  void quoted_endsWhereThePatternEnds() {
    assertSameEnds(TitlePhrases.QUOTED, MarkedPhraseEnds::quoted, "“\"「『");
  }

  @Test
  void bold_endsWhereThePatternsEnd() {
    assertSameEnds(TitleReader.BOLD, MarkedPhraseEnds::bold, "*");
    assertSameEnds(MarkedPhraseEnds.UNDERSCORE_BOLD, MarkedPhraseEnds::bold, "_");
  }

  @Test
  void italic_endsWhereThePatternEnds() {
    assertSameEnds(MarkedPhraseEnds.ITALIC, MarkedPhraseEnds::italic, "*_");
  }

  @Test
  void quoted_wrappedOntoTheNextLine_endsAfterTheClosingQuote() {
    String text = "see “Chain of Thought\nPrompting” now";
    assertEquals(text.indexOf('”') + 1, MarkedPhraseEnds.quoted(text, text.indexOf('“')));
    assertEquals(-1, MarkedPhraseEnds.quoted("“one\ntwo\nthree”", 0));
  }

  private static void assertSameEnds(Pattern pattern, BiFunction<String, Integer, Integer> loop,
      String marks) {
    Random random = new Random(13);
    int matched = 0;
    for (int n = 0; n < 20_000; n++) {
      String text = text(random);
      Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      for (int i = 0; i < text.length(); i++) {
        if (marks.indexOf(text.charAt(i)) >= 0) {
          int expected = m.region(i, text.length()).lookingAt() ? m.end() : -1;
          assertEquals(expected, (int) loop.apply(text, i), () -> "at " + text);
          matched += expected >= 0 ? 1 : 0;
        }
      }
    }
    assertTrue(matched > 200, "phrases matched: " + matched); // enough matches to compare
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(14);
    for (int p = 0; p < pieces; p++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }
}
