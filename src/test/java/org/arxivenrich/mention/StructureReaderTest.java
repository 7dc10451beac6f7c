package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.arxivenrich.article.Article;
import org.arxivenrich.article.ArticleReader;
import org.arxivenrich.article.ReadResult;
import org.junit.jupiter.api.Test;

/** One structure reader that fails costs only itself: the others still read (issue #8). */
class StructureReaderTest {
  private static Article fieldRecordsArticle() {
    Path root = MentionFixtures.resources("/structure");
    ReadResult result = new ArticleReader(root).read(root.resolve("field-blocks.txt"));
    return assertInstanceOf(ReadResult.Read.class, result).article();
  }

  /** Where the scanner's hits start, as the extractor hands them to the structure reader. */
  private static int[] hitStarts(Article article) {
    return new IdScanner().scan(article.text().text()).stream().mapToInt(Hit::start).sorted()
        .toArray();
  }

  private static List<Unit> blocks(Structure structure) {
    return structure.units().stream().filter(u -> u.kind().equals(FieldRecords.KIND)).toList();
  }

  /** The field-record reader alone, as the plain-text reading runs it by default. */
  private static final StructureReader.Part FIELDS = new StructureReader.Part("field records",
      (a, text, s) -> FieldRecords.read(text, new TextLines(text), s));

  private static Structure read(StructureReader reader, Article article) {
    return reader.read(article, hitStarts(article));
  }

  @Test
  void read_aReaderThatFails_leavesTheNextReadersUnits() {
    Article article = fieldRecordsArticle();
    List<Unit> expected = blocks(read(new StructureReader(List.of(FIELDS)), article));
    assertFalse(expected.isEmpty(), "the fixture has field records");
    StructureReader.Part failing = new StructureReader.Part("failing", (a, text, s) -> {
      s.unit(new Unit(0, 1, "partial", false, Optional.empty(), Optional.empty(),
          OptionalInt.empty()));
      throw new IllegalStateException("a reader's bug");
    });
    Structure read = read(new StructureReader(List.of(failing, FIELDS)), article);
    assertEquals(expected, blocks(read));
    assertEquals(1, read.units().stream().filter(u -> u.kind().equals("partial")).count(),
        "what the failing reader found before failing is kept");
  }

  @Test
  void read_byDefault_readsFieldRecords() {
    Article article = fieldRecordsArticle();
    List<Unit> alone = blocks(read(new StructureReader(List.of(FIELDS)), article));
    assertTrue(blocks(read(new StructureReader(), article)).containsAll(alone));
  }
}
