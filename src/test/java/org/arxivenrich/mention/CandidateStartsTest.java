package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CandidateStartsTest {

  @Test
  void of_findsEachLiteralInAnyCase_atItsOffset() {
    String text = "see HTTPS://ARXIV.ORG/abs/1 and Huggingface.CO/Papers/2, scirate.com/ArXiv/3";
    assertArrayEquals(new int[] {9, 17, 43, 64}, CandidateStarts.of(text).urls());
  }

  @Test
  void of_arxivWord_onlyWhereTheTextFormCanStart() {
    String text = "ARXIV:1 https://arxiv.org/x www.arxiv.org xarxiv 2arxiv (arXiv 2)";
    assertArrayEquals(new int[] {0, 57}, CandidateStarts.of(text).arxivWords());
  }

  @Test
  void of_oldStyleSlash_onlyBetweenALetterAndSevenDigits() {
    String text = "hep-th/9711200 a/b 1/2345678 cs/123456 math.GT/0309136 x/1234567";
    assertArrayEquals(new int[] {6, 46, 56}, CandidateStarts.of(text).oldStyleSlashes());
  }

  @Test
  void of_doi_caseSensitiveLiteral() {
    String text = "10.48550/arXiv.1 and 10.48551/x and doi:10.48550/ARXIV.2";
    assertArrayEquals(new int[] {0, 40}, CandidateStarts.of(text).dois());
  }

  @Test
  void of_literalAtTheEnd_isFoundAndNothingReadsPastIt() {
    assertArrayEquals(new int[] {5}, CandidateStarts.of("arxiv.org/").urls());
    assertArrayEquals(new int[] {}, CandidateStarts.of("x/123456").oldStyleSlashes());
    assertArrayEquals(new int[] {1}, CandidateStarts.of("x/1234567").oldStyleSlashes());
  }
}
