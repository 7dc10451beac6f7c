package org.arxivenrich.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {
  private final Path root = resources("/articles");
  private final ArticleReader reader = new ArticleReader(root);

  static Path resources(String dir) {
    try {
      return Path.of(ArticleReaderTest.class.getResource(dir).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Article read(String name) {
    ReadResult result = reader.read(root.resolve(name));
    return assertInstanceOf(ReadResult.Read.class, result, result.toString()).article();
  }

  @ParameterizedTest
  @CsvSource({
      "simplified.txt, UTF-8, 论文名称:《Attention is all you need》",
      "utf8-bom.txt, UTF-8, 论文名称:《Attention is all you need》",
      "gb18030.txt, GB18030, 论文名称:《Attention is all you need》",
      "traditional.txt, UTF-8, GPT-4論文鏈接:https://arxiv.org/pdf/2303.08774",
      "big5.txt, Big5, GPT-4論文鏈接:https://arxiv.org/pdf/2303.08774",
      "short-gb18030.txt, GB18030, 论文名称",
      "short-big5.txt, Big5, 論文鏈接",
      "english.md, UTF-8, **Language Models are Few-Shot Learners** arXiv:2005.14165"})
  void read_detectsTheEncoding(String file, String encoding, String expectedText) {
    Article article = read(file);
    assertEquals(encoding, article.encoding());
    assertTrue(article.text().text().contains(expectedText), article.text().text());
    assertEquals(List.of(), article.problems());
  }

  @Test
  void read_bomIsNotPartOfTheText() {
    assertTrue(read("utf8-bom.txt").text().text().startsWith("大模型论文清单"));
  }

  @ParameterizedTest
  @CsvSource({"empty.txt, empty", "binary.png, binary", "undecodable.txt, undecodable"})
  void read_unusableFile_isSkippedWithReason(String file, String reason) {
    ReadResult result = reader.read(root.resolve(file));
    ReadResult.Skipped skipped = assertInstanceOf(ReadResult.Skipped.class, result);
    assertEquals(file, skipped.path());
    assertTrue(skipped.reason().contains(reason), skipped.reason());
  }

  @Test
  void read_fewInvalidBytes_readsTheRestAndReportsAProblem() {
    Article article = read("broken-utf8.txt");
    assertEquals("UTF-8", article.encoding());
    assertTrue(article.text().text().contains("https://arxiv.org/abs/2305.20050"));
    assertTrue(article.text().text().contains("\uFFFD"));
    assertEquals(1, article.problems().size());
    assertTrue(article.problems().get(0).contains("invalid byte"), article.problems().get(0));
  }

  @Test
  void read_fewNulBytes_readsTheTextWithoutThemAndReportsAProblem() {
    Article article = read("nul-bytes.txt");
    assertEquals("Header text https://arxiv.org/abs/2305.18290  more\n",
        article.text().text());
    assertEquals(1, article.problems().size());
    assertTrue(article.problems().get(0).startsWith("3 NUL byte(s) dropped"),
        article.problems().get(0));
  }

  @Test
  void read_missingFile_isSkippedNotThrown(@TempDir Path dir) {
    ReadResult result = new ArticleReader(dir).read(dir.resolve("gone.txt"));
    assertTrue(assertInstanceOf(ReadResult.Skipped.class, result).reason().contains("cannot read"));
  }

  @Test
  void list_skipsReadmeAndHiddenFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("README.md"), "not an article");
    Files.writeString(dir.resolve(".hidden.txt"), "hidden");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "b");
    Files.writeString(dir.resolve("a.txt"), "a");
    assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("sub/b.txt")),
        new ArticleReader(dir).list());
  }

  /** A corpus linked into place (a scheduler's usual set-up) is read, not taken as empty. */
  @Test
  void list_followsAnInputFolderThatIsASymbolicLink(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("crawl/2026-12-01"));
    Files.createDirectories(corpus.resolve("zh"));
    Files.writeString(corpus.resolve("zh/a.txt"), "arXiv:1706.03762");
    Path input = Files.createSymbolicLink(dir.resolve("input"), corpus);
    ArticleReader reader = new ArticleReader(input);
    assertEquals(List.of(input.resolve("zh/a.txt")), reader.list());
    assertEquals("zh/a.txt", reader.read(reader.list().get(0)).path());
  }

  @Test
  void read_pathIsRelativeWithSlashes(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("zh"));
    Files.writeString(dir.resolve("zh/a.txt"), "arXiv:1706.03762");
    assertEquals("zh/a.txt", new ArticleReader(dir).read(dir.resolve("zh/a.txt")).path());
  }

  @Test
  void read_htmlByContentEvenWithoutExtension(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("page"), "<!doctype html><p>A <a href=\"https://x.org\">y</a>");
    Article article = assertInstanceOf(ReadResult.Read.class,
        new ArticleReader(dir).read(dir.resolve("page"))).article();
    assertEquals("A y", article.text().text().strip());
    assertEquals(1, article.links().size());
  }

  @Test
  void read_markdownIsReadAsItIs(@TempDir Path dir) throws Exception {
    Article article = read("english.md");
    assertTrue(article.links().isEmpty());
    assertTrue(article.text().text().startsWith("# Reading list"));
    // english.md has no markup an HTML reading would change; this file has tags and an entity
    String markdown = "# Notes\n<b>A &amp; B</b>: [paper](https://arxiv.org/abs/1706.03762)\n";
    Files.writeString(dir.resolve("notes.md"), markdown);
    ReadResult notes = new ArticleReader(dir).read(dir.resolve("notes.md"));
    assertEquals(markdown, assertInstanceOf(ReadResult.Read.class, notes).article().text().text(),
        "no tag stripped, no entity decoded");
  }
}
