package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineStartsTest {

  /** Every place (?m)^ matches is a line start, and nothing else is. */
  @ParameterizedTest
  @ValueSource(strings = {"a\nb\r\nc\rd\u2028e\u0085f\u2029g\n\nh\n", "a\n\nb\nc", "\n", "abc"})
  void next_findsExactlyWhereMultilineCaretMatches(String text) {
    List<Integer> caret = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^").matcher(text);
    while (m.find()) {
      caret.add(m.start());
    }
    List<Integer> starts = new ArrayList<>();
    LineStarts lines = new LineStarts(text);
    for (int at = 0; at >= 0 && at < text.length(); at = lines.next(at)) {
      starts.add(at);
    }
    assertEquals(caret, starts);
  }

  @Test
  void opensWith_skipsTheGivenCharsOnly() {
    assertTrue(LineStarts.opensWith("  ## References", 0, " \t#", "R"));
    assertFalse(LineStarts.opensWith("  x References", 0, " \t#", "R"));
    assertFalse(LineStarts.opensWith("   ", 0, " ", "R"));
  }
}
