package org.arxivenrich.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTextExtractorTest {
  private final Path root = ArticleReaderTest.resources("/articles");
  private final Article page = assertInstanceOf(ReadResult.Read.class,
      new ArticleReader(root).read(root.resolve("page.html"))).article();

  @Test
  void text_decodesEntitiesAndIgnoresScriptAndStyle() {
    String text = page.text().text();
    assertTrue(text.contains("Tom & Jerry's pick"), text);
    assertTrue(text.contains("arXiv:2303.08774 \u2014 and a"), text);
    assertFalse(text.contains("1701.00001"), text);
    assertFalse(text.contains("1501.00001"), text);
  }

  @Test
  void links_skipAnchorsScriptsAndMail(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.html"), "<table><tr><td>A</td><td>B</td></tr></table>"
        + "<a href=\"#top\">top</a> <a href=\"mailto:x@y.org\">mail</a>"
        + " <a href=\"javascript:void(0)\">js</a> <a>none</a> <a href=\"paper.pdf\">paper</a>");
    Article article = assertInstanceOf(ReadResult.Read.class,
        new ArticleReader(dir).read(dir.resolve("a.html"))).article();
    assertEquals(List.of("paper.pdf"), article.links().stream().map(Article.Link::href).toList());
    assertTrue(article.text().text().startsWith("A\nB\n"), article.text().text());
  }

  @Test
  void text_boldOutsideLinksIsMarkedAsInMarkdown() {
    Article bold = assertInstanceOf(ReadResult.Read.class,
        new ArticleReader(root).read(root.resolve("bold.html"))).article();
    String text = bold.text().text();
    assertTrue(text.contains("**Attention Is All You Need** (arXiv:1706.03762)"), text);
    assertTrue(text.contains("Read **arXiv:2005.14165** too."), text);
    assertFalse(text.contains("**GPT-4") || text.contains("**DPO"), text);
    assertEquals(List.of("GPT-4 Technical Report", "DPO"),
        bold.links().stream().map(Article.Link::anchorText).toList());
  }

  @Test
  void text_sourceLineBreaksAreSpacesOutsidePre(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.html"), "<p>A title split\nacross lines</p>"
        + "<pre>line one\nline two</pre><p>x<br>y</p>");
    String text = assertInstanceOf(ReadResult.Read.class,
        new ArticleReader(dir).read(dir.resolve("a.html"))).article().text().text();
    assertTrue(text.contains("A title split across lines"), text);
    assertTrue(text.contains("line one\nline two"), text);
    assertTrue(text.contains("x\ny"), text);
  }

  @Test
  void text_italicTitlesAreQuotedButNotEmphasis(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.html"), "<li><em>Attention Is All You Need</em>, "
        + "<i>really</i> good. <em>Read it. Then again.</em></li>");
    String text = assertInstanceOf(ReadResult.Read.class,
        new ArticleReader(dir).read(dir.resolve("a.html"))).article().text().text();
    assertTrue(text.contains("\u201cAttention Is All You Need\u201d, really good."), text);
    assertTrue(text.contains(" Read it. Then again."), text);
  }

  @Test
  void text_timeElementGivesItsDatetime() {
    assertTrue(page.text().text().contains("published 2017-06-12."), page.text().text());
  }

  @Test
  void links_keepHrefAndAnchorText() {
    assertEquals(List.of("https://arxiv.org/abs/1706.03762", "https://arxiv.org/pdf/2005.14165v4",
        "https://example.com/post"), page.links().stream().map(Article.Link::href).toList());
    assertEquals(List.of("Attention Is All You Need", "Language Models are Few-Shot Learners",
        "blog post about GPT-4"), page.links().stream().map(Article.Link::anchorText).toList());
  }

  @Test
  void links_pointAtTheAnchorTextInTheSource() throws Exception {
    List<String> source = Files.readAllLines(root.resolve("page.html"));
    for (Article.Link link : page.links()) {
      String line = source.get(link.line() - 1);
      assertEquals(line.indexOf(">" + link.anchorText()) + 2, link.column(), line);
    }
  }

  @Test
  void positions_mapTextBackThroughEntitiesToTheSource() throws Exception {
    List<String> source = Files.readAllLines(root.resolve("page.html"));
    String text = page.text().text();
    int at = text.indexOf("arXiv:2303.08774");
    String line = source.get(page.text().lineAt(at) - 1);
    assertEquals(line.indexOf("arXiv:2303.08774") + 1, page.text().columnAt(at));
    int after = text.indexOf("'s pick");
    assertEquals(source.get(8).indexOf("&#39;s pick") + 1, page.text().columnAt(after));
    assertEquals(9, page.text().lineAt(after));
  }

  /**
   * Every char of the text, whether its text node is taken whole or walked through entities,
   * points at the source char it came from: the same char, a line break or tab that became a
   * space, or the {@code &} of an entity.
   */
  @Test
  void positions_everyCharPointsAtTheSourceCharItCameFrom() {
    String html = "<p>one\r\ntwo\tthree 中文 \uD835\uDD18 x</p>\n<pre>kept\n  \uD835\uDD18 lines"
        + "</pre><ul><li>a &amp; b &lt;c&gt; &#x4E2D;\n<li>plain \uD835\uDD18 \u00e9t\u00e9</ul>";
    SourceText text = new HtmlTextExtractor().extract(html).text();
    String[] lines = html.split("\n", -1);
    for (int i = 0; i < text.text().length(); i++) {
      char c = text.text().charAt(i);
      String line = lines[text.lineAt(i) - 1];
      int offset = line.offsetByCodePoints(0, text.columnAt(i) - 1);
      char at = offset < line.length() ? line.charAt(offset) : '\n';
      boolean same = at == c || at == '&' || (c == ' ' && Character.isWhitespace(at));
      boolean unmapped = c == '\n' || Character.isLowSurrogate(c); // a pair has one column
      assertTrue(unmapped || same, "char " + i + " '" + c + "' points at '" + at + "'");
    }
  }
}
