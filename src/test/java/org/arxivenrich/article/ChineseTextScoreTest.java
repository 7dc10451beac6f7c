package org.arxivenrich.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class ChineseTextScoreTest {
  /** The score's table holds, for every char, the weight the rules give it. */
  @Test
  void of_everyChar_scoresItsWeight() {
    BitSet common = ChineseTextScore.commonIdeographs();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertEquals(ChineseTextScore.weight((char) c, common),
          ChineseTextScore.of(String.valueOf((char) c)), "char " + c);
    }
  }

  @Test
  void of_rightDecodingOfBig5_beatsItsDecodingAsGb18030() {
    byte[] big5 = "注意力就是你所需要的一切，這是標題".getBytes(TextDecoder.BIG5);
    long right = ChineseTextScore.of(new String(big5, TextDecoder.BIG5));
    long wrong = ChineseTextScore.of(new String(big5, TextDecoder.GB18030));
    assertTrue(right > wrong, right + " vs " + wrong);
  }
}
