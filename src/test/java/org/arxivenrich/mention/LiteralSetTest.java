package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralSetTest {
  private final LiteralSet set = new LiteralSet("dited", "pdated", "最后更新", "最後更新", "ago");

  @Test
  void startsAt_findsEachLiteralWhereASearchPerLiteralFindsIt() {
    String text = "Last updated: 2024 · edited 最后更新于 最後更新 days ago; agog, pdate, 最后";
    List<Integer> found = new ArrayList<>();
    for (char first : set.firsts().toCharArray()) {
      for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
        if (set.startsAt(text, at)) {
          found.add(at);
        }
      }
    }
    List<Integer> searched = new ArrayList<>();
    for (String literal : new String[] {"dited", "pdated", "最后更新", "最後更新", "ago"}) {
      for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
        searched.add(at);
      }
    }
    assertEquals(searched.stream().sorted().toList(), found.stream().sorted().toList());
  }

  @Test
  void firsts_eachFirstCharOnce() {
    assertEquals("dp最a", set.firsts());
    assertFalse(set.startsAt("ag", 0)); // a literal cut by the text's end
    assertFalse(set.startsAt("后", 0));
    assertTrue(set.startsAt("x最後更新", 1));
  }
}
