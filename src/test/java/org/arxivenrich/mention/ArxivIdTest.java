package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArxivIdTest {

  @ParameterizedTest
  @CsvSource({
      "2303.08774, 2303.08774",
      "0704.0001, 0704.0001",
      "1412.6980, 1412.6980",
      "1501.00001, 1501.00001",
      "hep-th/9711200, hep-th/9711200",
      "math.GT/0309136, math/0309136",
      "cond-mat.mes-hall/0102536, cond-mat/0102536",
      "astro-ph/0601001, astro-ph/0601001",
      "hep-th/9108001, hep-th/9108001",
      "cs/0703999, cs/0703999"})
  void tryParse_acceptsTheGrammarAndNormalizes(String written, String normalized) {
    assertEquals(Optional.of(new ArxivId(normalized)), ArxivId.tryParse(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2313.01234",   // month 13
      "2300.01234",   // month 00
      "0703.1234",    // before new-style IDs began (2007-04)
      "1412.12345",   // five digits before 2015
      "1501.1234",    // four digits from 2015
      "0808.05394",   // five digits in 2008
      "2303.00000",   // no paper zero
      "foo-ph/9711200", // unknown archive
      "hep-th/9107001", // before arXiv (1991-08)
      "hep-th/0704001", // old style after 2007-03
      "hep-th/971120",  // too short
      "10.1145/3442188",
      "abc", ""})
  void tryParse_rejectsWhatBreaksTheGrammar(String written) {
    assertEquals(Optional.empty(), ArxivId.tryParse(written));
  }

  @ParameterizedTest
  @CsvSource({"1706.03762v2, 1706.03762, 2", "quant-ph/0201082v1, quant-ph/0201082, 1",
      "2303.08774, 2303.08774, 0"})
  void tryParseVersioned_splitsTheVersion(String written, String id, int version) {
    var parsed = ArxivId.tryParseVersioned(written).orElseThrow();
    assertEquals(new ArxivId(id), parsed.id());
    assertEquals(version == 0 ? Optional.empty() : Optional.of(version), parsed.version());
    assertTrue(parsed.id().isOldStyle() == id.contains("/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1706.03762v0", "1706.03762v", "1706.03762v01"})
  void tryParseVersioned_rejectsBadVersions(String written) {
    assertEquals(Optional.empty(), ArxivId.tryParseVersioned(written));
  }
}
