package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.arxivenrich.article.ArticleReader;
import org.arxivenrich.article.ReadResult;

/**
 * One set of layout-family articles and its labels (contract: FIXTURES-8.md), scored by
 * {@link LayoutScorer}: every folder under the articles folder is a family, every file in it an
 * article read through the real {@link ArticleReader} (so Big5 and GB18030 are detected), scored
 * against {@code <labels folder>/<family>/<name>.tsv}. The tuned set ({@code layouts/}) and the
 * held-out set nobody tunes against ({@code layouts-heldout/}) are both scored by this class, so
 * their figures mean the same thing.
 */
final class LayoutFamilies {
  private final Path articles;
  private final Path expected;
  private final String labelsDir;

  /**
   * @param articlesDir the articles folder under src/test/resources, e.g. {@code /layouts}
   * @param labelsDir its labels folder, e.g. {@code /layouts-expected}
   */
  LayoutFamilies(String articlesDir, String labelsDir) {
    this.articles = MentionFixtures.resources(articlesDir);
    this.expected = MentionFixtures.resources(labelsDir);
    this.labelsDir = labelsDir.substring(1);
  }

  /**
   * Scores every article, per family in name order; appends each article's differences to
   * {@code details}. Fails when an article has no label file or cannot be read.
   */
  Map<String, LayoutTally> score(StringBuilder details) throws IOException {
    Map<String, LayoutTally> families = new TreeMap<>();
    for (Path file : articles()) {
      String rel = relative(file);
      LayoutScorer.Scored scored = LayoutScorer.score(labels(rel), found(file));
      families.merge(family(rel), scored.tally(), LayoutTally::plus);
      if (!scored.differences().isEmpty()) {
        details.append("### ").append(rel).append("\n\n");
        scored.differences().forEach(d -> details.append("- ").append(d).append('\n'));
        details.append('\n');
      }
    }
    return families;
  }

  /** The articles, as paths. */
  List<Path> articles() throws IOException {
    return new ArticleReader(articles).list();
  }

  /** An article's path relative to the articles folder, with forward slashes. */
  String relative(Path article) {
    return articles.relativize(article).toString().replace('\\', '/');
  }

  static String family(String articleRel) {
    return articleRel.substring(0, articleRel.indexOf('/'));
  }

  /** The scorable mentions the extractor finds in an article; fails if it cannot be read. */
  List<LayoutScorer.Found> found(Path file) {
    ReadResult result = new ArticleReader(articles).read(file);
    ReadResult.Read read = assertInstanceOf(ReadResult.Read.class, result, result.path());
    return new MentionExtractor().extract(read.article()).stream().map(LayoutScorer::found)
        .flatMap(Optional::stream).toList();
  }

  /** The family folders under the labels folder, sorted. */
  List<String> labelledFamilies() throws IOException {
    try (Stream<Path> dirs = Files.list(expected)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList();
    }
  }

  /** Every label file, relative to the labels folder, sorted. */
  List<String> labelFiles() throws IOException {
    try (Stream<Path> files = Files.walk(expected)) {
      return files.filter(Files::isRegularFile)
          .map(p -> expected.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  /** The label file each article should have, sorted; equal to {@link #labelFiles} when whole. */
  List<String> labelledArticles() throws IOException {
    return articles().stream().map(p -> labelPath(relative(p))).sorted().toList();
  }

  /** Writes the table and the differences per article to {@code report}. */
  static void write(Path report, String table, StringBuilder details) throws IOException {
    Files.createDirectories(report.getParent());
    Files.writeString(report, table + "\n## Differences per article\n\n" + details,
        StandardCharsets.UTF_8);
  }

  private List<LayoutLabel> labels(String articleRel) throws IOException {
    String labelRel = labelPath(articleRel);
    Path file = expected.resolve(labelRel);
    assertTrue(Files.isRegularFile(file), "no label file " + labelRel + " for " + articleRel);
    return LayoutLabel.parse(labelsDir + "/" + labelRel,
        Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private static String labelPath(String articleRel) {
    int dot = articleRel.lastIndexOf('.');
    boolean hasExtension = dot > articleRel.lastIndexOf('/');
    return (hasExtension ? articleRel.substring(0, dot) : articleRel) + ".tsv";
  }

  /** The per-family table under {@code heading}, with a last row over all families. */
  static String table(String heading, Map<String, LayoutTally> families) {
    StringBuilder s = new StringBuilder("# ").append(heading).append("\n\n")
        .append("| family | articles | expected IDs | ID P | ID R | title P | title R")
        .append(" | date P | date R |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    LayoutTally all = LayoutTally.EMPTY;
    for (Map.Entry<String, LayoutTally> e : families.entrySet()) {
      s.append(row(e.getKey(), e.getValue()));
      all = all.plus(e.getValue());
    }
    return s.append(row("**all**", all)).toString();
  }

  private static String row(String name, LayoutTally t) {
    return String.format("| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", name,
        t.articles(), t.expected(), t.idPrecision(), t.idRecall(), t.titlePrecision(),
        t.titleRecall(), t.datePrecision(), t.dateRecall());
  }
}
