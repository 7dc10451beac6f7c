package org.arxivenrich.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();

  /** Short Chinese texts fool detectors; each is tried in both encodings. */
  @ParameterizedTest
  @ValueSource(strings = {"论文名称", "发布时间:2017/06/12", "論文鏈接", "中文", "大模型论文清单",
      "發佈時間", "最後是蘋果論文", "参考资料", "注意力就是你所需要的一切", "簡單摘要:會寫程式的GPT"})
  void decode_shortChineseText_inGb18030AndBig5(String text) {
    assertDecodes(text, TextDecoder.GB18030);
    if (TextDecoder.BIG5.newEncoder().canEncode(text)) {
      assertDecodes(text, TextDecoder.BIG5);
    }
  }

  private void assertDecodes(String text, Charset charset) {
    TextDecoder.Decoded decoded = decoder.decode(text.getBytes(charset));
    assertEquals(text, decoded.text(), charset.name());
    assertEquals(charset, decoded.charset());
    assertEquals(0, decoded.malformed());
  }

  /** The charset is chosen on a sample; the Chinese after a long ASCII head must be in it. */
  @Test
  void decode_longAsciiHeadBeforeTheChinese_isStillReadInItsCharset() {
    String text = "<style>" + "p { margin: 0 }\n".repeat(1000) + "</style>論文鏈接：發佈時間";
    assertDecodes(text, TextDecoder.BIG5);
    assertDecodes(text, TextDecoder.GB18030);
  }

  @Test
  void decode_validUtf8WithAWrittenReplacementChar_isUtf8WithNothingMalformed() {
    TextDecoder.Decoded decoded = decoder.decode("中\uFFFD文".getBytes(StandardCharsets.UTF_8));
    assertEquals("中\uFFFD文", decoded.text());
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
    assertEquals(0, decoded.malformed());
  }

  @Test
  void decode_validUtf8_isUtf8EvenWhenAnotherCharsetCouldReadIt() {
    TextDecoder.Decoded decoded = decoder.decode("中文".getBytes(StandardCharsets.UTF_8));
    assertEquals("中文", decoded.text());
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
  }

  @Test
  void decode_windows1252SmartQuotes_areNotTakenForChinese() {
    String text = "\u201CAttention Is All You Need\u201D \u2013 a caf\u00E9 paper, 2017.\n";
    byte[] bytes = text.repeat(3).getBytes(Charset.forName("windows-1252"));
    TextDecoder.Decoded decoded = decoder.decode(bytes);
    assertEquals(text.repeat(3), decoded.text());
    assertEquals(0, decoded.malformed());
  }

  @Test
  void decode_utf16WithBom() {
    byte[] bytes = "\uFEFFarXiv:1706.03762".getBytes(StandardCharsets.UTF_16LE);
    TextDecoder.Decoded decoded = decoder.decode(bytes);
    assertEquals("arXiv:1706.03762", decoded.text());
    assertEquals(StandardCharsets.UTF_16LE, decoded.charset());
  }

  @Test
  void decode_brokenUtf8_staysUtf8AndCountsTheInvalidSequences() {
    byte[] good = "长文本,只坏了一个字节。".repeat(5).getBytes(StandardCharsets.UTF_8);
    byte[] bad = good.clone();
    bad[3] = (byte) 0xFF; // the lead byte of 文: its two continuation bytes are orphaned too
    TextDecoder.Decoded decoded = decoder.decode(bad);
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
    assertEquals(3, decoded.malformed());
    assertEquals("长\uFFFD\uFFFD\uFFFD本", decoded.text().substring(0, 5));
  }
}
