package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleCaseTest {

  /** Columns: phrase, fewest words wanted, whether it is written in title case. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Textbooks Are All You Need | 3 | true",
      "The Llama 3 Herd of Models | 3 | true",
      "DeepSeek-Coder: When the Large Language Model Meets Programming | 4 | true",
      "SWE-bench: Can Language Models Resolve Real-World GitHub Issues? | 3 | true",
      "Mixtral of Experts | 3 | true",
      // too few words, or prose
      "Mixtral of Experts | 4 | false",
      "Same first author as ReAct | 2 | false",
      "Meanwhile the open baseline everyone compares to | 3 | false",
      "It is on the | 3 | false",
      "textbooks Are All You Need | 3 | false",
      "Scaling Reinforcement Learning from | 3 | false",
      // punctuation of a sentence is no title's
      "Hacker News new (past) comments | 3 | false",
      "Is Tree of Thoughts, or Not | 3 | false"})
  void is_tellsTitleCaseFromProse(String phrase, int minWords, boolean expected) {
    assertEquals(expected, TitleCase.is(phrase, minWords));
  }
}
