package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineStartsTest {

  /** Every place (?m)^ matches is a line start, and nothing else is. */
  @Test
  void next_findsExactlyWhereMultilineCaretMatches() {
    String text = "a\nb\r\nc\rd\u2028e\u0085f\u2029g\n\nh\n";
    List<Integer> caret = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^").matcher(text);
    while (m.find()) {
      caret.add(m.start());
    }
    List<Integer> starts = new ArrayList<>();
    for (int at = 0; at >= 0; at = LineStarts.next(text, at)) {
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
