package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlClassifierTest {
  private final UrlClassifier classifier = new UrlClassifier();

  /** Columns: url, kind, form, normalized id (or the id text for INVALID_ID), version (0: none). */
  @ParameterizedTest
  @CsvSource({
      "https://arxiv.org/abs/1706.03762, ARXIV, ABS, 1706.03762, 0",
      "http://arxiv.org/abs/1706.03762v5, ARXIV, ABS, 1706.03762, 5",
      "https://www.arxiv.org/abs/2303.08774?context=cs, ARXIV, ABS, 2303.08774, 0",
      "https://export.arxiv.org/abs/2303.08774#comments, ARXIV, ABS, 2303.08774, 0",
      "arxiv.org/abs/2305.20050, ARXIV, ABS, 2305.20050, 0",
      "https://arxiv.org/pdf/1706.03762, ARXIV, PDF, 1706.03762, 0",
      "https://arxiv.org/pdf/1706.03762.pdf, ARXIV, PDF, 1706.03762, 0",
      "https://arxiv.org/pdf/1706.03762v7.pdf, ARXIV, PDF, 1706.03762, 7",
      "https://export.arxiv.org/pdf/2106.09685v2.pdf?download=1#page=2, ARXIV, PDF, 2106.09685, 2",
      "https://arxiv.org/html/2305.20050v2/#S2, ARXIV, HTML, 2305.20050, 2",
      "https://arxiv.org/abs/hep-th/9711200, ARXIV, ABS, hep-th/9711200, 0",
      // arXiv's first host, which old listings and papers still cite
      "http://xxx.lanl.gov/abs/hep-th/9711200, ARXIV, ABS, hep-th/9711200, 0",
      "https://lanl.arxiv.org/pdf/gr-qc/9711053v2, ARXIV, PDF, gr-qc/9711053, 2",
      "https://arxiv.org/abs/math.GT/0309136v1, ARXIV, ABS, math/0309136, 1",
      "https://arxiv.org/pdf/quant-ph/0201082v1.pdf, ARXIV, PDF, quant-ph/0201082, 1",
      "https://ar5iv.org/abs/2109.01652, ARXIV, AR5IV, 2109.01652, 0",
      "https://ar5iv.labs.arxiv.org/html/1810.04805, ARXIV, AR5IV, 1810.04805, 0",
      "https://www.alphaxiv.org/abs/2401.04088, ARXIV, ALPHAXIV, 2401.04088, 0",
      "https://alphaxiv.org/overview/2401.04088v2, ARXIV, ALPHAXIV, 2401.04088, 2",
      "https://huggingface.co/papers/2305.18290, ARXIV, HUGGINGFACE, 2305.18290, 0",
      "https://scirate.com/arxiv/2210.03629, ARXIV, SCIRATE, 2210.03629, 0",
      "https://doi.org/10.48550/arXiv.2303.08774, ARXIV, DOI, 2303.08774, 0",
      "https://dx.doi.org/10.48550/ARXIV.2302.13971, ARXIV, DOI, 2302.13971, 0",
      "https://arxiv.org/abs/2313.01234, INVALID_ID, ABS, 2313.01234, 0",
      "https://arxiv.org/pdf/1412.12345, INVALID_ID, PDF, 1412.12345, 0",
      "https://arxiv.org/abs/0703.1234, INVALID_ID, ABS, 0703.1234, 0",
      "https://arxiv.org/abs/foo-ph/9711200, INVALID_ID, ABS, foo-ph/9711200, 0",
      "https://arxiv.org/abs/abcdef, INVALID_ID, ABS, abcdef, 0",
      "https://huggingface.co/papers/2399.00001, INVALID_ID, HUGGINGFACE, 2399.00001, 0",
      "https://huggingface.co/deepseek-ai/DeepSeek-V3, NOT_ARXIV, LINK, '', 0",
      "https://huggingface.co/papers/trending, NOT_ARXIV, LINK, '', 0",
      "https://arxiv.org/list/cs.AI/recent, NOT_ARXIV, LINK, '', 0",
      "https://doi.org/10.1145/3442188.3445922, NOT_ARXIV, LINK, '', 0",
      "https://blog.csdn.net/2401_84494441/article/details/143084087, NOT_ARXIV, LINK, '', 0",
      "https://example.com/abs/1706.03762, NOT_ARXIV, LINK, '', 0",
      "https://notarxiv.org/abs/1706.03762, NOT_ARXIV, LINK, '', 0"})
  void classify_everyLinkForm(String url, Mention.Kind kind, Form form, String id, int version) {
    Target target = classifier.classify(url);
    assertEquals(kind, target.kind(), url);
    assertEquals(form, target.form(), url);
    assertEquals(id, target.id().map(ArxivId::value).orElse(target.idText()), url);
    assertEquals(version == 0 ? Optional.empty() : Optional.of(version), target.version(), url);
  }
}
