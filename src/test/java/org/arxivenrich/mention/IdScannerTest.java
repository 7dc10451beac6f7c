package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdScannerTest {
  private final IdScanner scanner = new IdScanner();

  private static String describe(Hit h) {
    return h.target().kind() + " " + h.target().form().label() + " "
        + h.target().id().map(ArxivId::value).orElse(h.target().idText())
        + h.target().version().map(v -> "v" + v).orElse("");
  }

  /** Columns: text, what is found (kind form id), the matched text. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "see arXiv:1706.03762 for details | ARXIV text 1706.03762 | arXiv:1706.03762",
      "arXiv: 1706.03762v5. | ARXIV text 1706.03762v5 | arXiv: 1706.03762v5",
      "arXiv 2303.08774 | ARXIV text 2303.08774 | arXiv 2303.08774",
      "arXiv ID: 2303.08774 | ARXIV text 2303.08774 | arXiv ID: 2303.08774",
      "GPT-4(arXiv：2303.08774)发布 | ARXIV text 2303.08774 | arXiv：2303.08774",
      "见【arXiv:2305.18290】。 | ARXIV text 2305.18290 | arXiv:2305.18290",
      "论文arXiv:2305.20050中提出 | ARXIV text 2305.20050 | arXiv:2305.20050",
      "arXiv preprint arXiv:1810.04805, 2018 | ARXIV text 1810.04805 | "
          + "arXiv preprint arXiv:1810.04805",
      "ARXIV:hep-th/9711200 | ARXIV text hep-th/9711200 | ARXIV:hep-th/9711200",
      "arXiv:math.GT/0309136v2 | ARXIV text math/0309136v2 | arXiv:math.GT/0309136v2",
      "old style hep-th/9711200 bare | ARXIV text hep-th/9711200 | hep-th/9711200",
      "on code. CoRR, abs/2107.03374. | ARXIV text 2107.03374 | CoRR, abs/2107.03374",
      "intelligence. ArXiv, abs/2401.14196. | ARXIV text 2401.14196 | ArXiv, abs/2401.14196",
      "the right eprint is 2103.00020. | ARXIV text 2103.00020 | eprint is 2103.00020",
      "doi:10.48550/arXiv.2303.08774 | ARXIV doi 2303.08774 | doi:10.48550/arXiv.2303.08774",
      "DOI: 10.48550/ARXIV.2303.08774 | ARXIV doi 2303.08774 | DOI: 10.48550/ARXIV.2303.08774",
      "10.48550/arxiv.2303.08774 | ARXIV doi 2303.08774 | 10.48550/arxiv.2303.08774",
      "arXiv:2313.01234 | INVALID_ID text 2313.01234 | arXiv:2313.01234",
      "arXiv:2106.096851. | INVALID_ID text 2106.096851 | arXiv:2106.096851",
      "论文链接https://arxiv.org/abs/2305.20050。 | ARXIV abs 2305.20050 | "
          + "https://arxiv.org/abs/2305.20050",
      "链接:https://arxiv.org/pdf/2303.08774中 | ARXIV pdf 2303.08774 | "
          + "https://arxiv.org/pdf/2303.08774",
      "(https://arxiv.org/abs/1706.03762). | ARXIV abs 1706.03762 | "
          + "https://arxiv.org/abs/1706.03762",
      "《题》，https://arxiv.org/abs/1706.03762，好 | ARXIV abs 1706.03762 | "
          + "https://arxiv.org/abs/1706.03762",
      "at arxiv.org/abs/1706.03762v2, | ARXIV abs 1706.03762v2 | arxiv.org/abs/1706.03762v2",
      "https://doi.org/10.48550/arXiv.2303.08774 | ARXIV doi 2303.08774 | "
          + "https://doi.org/10.48550/arXiv.2303.08774",
      "https://itgogogo.cn,通过这里 | NOT_ARXIV link  | https://itgogogo.cn",
      "[https://arxiv.org/abs/1706.03762](https://arxiv.org/abs/1706.03762v2) | ARXIV abs "
          + "1706.03762v2 | https://arxiv.org/abs/1706.03762v2"})
  void scan_findsEachWrittenForm(String text, String found, String matched) {
    List<Hit> hits = scanner.scan(text);
    assertEquals(1, hits.size(), hits.toString());
    assertEquals(found.strip(), describe(hits.get(0)).strip());
    assertEquals(matched, hits.get(0).matchedText());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "DOI 10.1145/3442188.3445922",
      "https://doi.org/10.1145/3442188.3445922 is not arXiv (but is a link)",
      "jsoup 1.18.3 and python 3.10.12",
      "host 192.168.1.1 and 10.0.0.1",
      "price $2303.50 or ¥1706.03",
      "dates 2023.05.15 and 2017/06/12 and 2021-06-17",
      "a bare 1706.03762 is not marked as arXiv",
      "table 2303.08774 and 1501.00001",
      "version v2.1706.03762",
      "see https://example.com/abs/2107.03374 and tabs/2107.03374",
      "a reprint 2103.00020 and eprint = {2103.00020} in BibTeX",
      "当前余额3.43前往充值, 需支付:10.00",
      "files cs/0703999x and path/to/hep-th/9711200"})
  void scan_findsNoIdentifierWhereNoneIsMarked(String text) {
    List<Hit> hits = scanner.scan(text);
    assertEquals(List.of(), hits.stream().filter(h -> h.target().namesId()).toList());
  }

  @ParameterizedTest
  @CsvSource({"https://example.com/a., https://example.com/a",
      "https://en.wikipedia.org/wiki/Foo_(bar)), https://en.wikipedia.org/wiki/Foo_(bar)",
      "https://example.com/x?a=1;, https://example.com/x?a=1"})
  void trimUrl_dropsSentencePunctuation(String raw, String url) {
    assertEquals(url, IdScanner.trimUrl(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[Attention Is All You Need](https://arxiv.org/abs/1706.03762) | Attention Is All You Need",
      "- [**GPT-4**](https://arxiv.org/abs/2303.08774) | **GPT-4**"})
  void scan_markdownLinkTextIsKept(String text, String anchor) {
    assertEquals(anchor, scanner.scan(text).get(0).anchorTitle().orElseThrow());
  }
}
