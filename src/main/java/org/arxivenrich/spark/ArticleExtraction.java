package org.arxivenrich.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.arxivenrich.article.ArticleReader;
import org.arxivenrich.article.ReadResult;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.mention.MentionExtractor;
import org.arxivenrich.reconcile.TitleSearch;

/**
 * Runs on the executors: reads each article's bytes with the standalone {@link ArticleReader}
 * and extracts its mentions with the standalone {@link MentionExtractor}. Each article gives one
 * row per mention, or one row without a mention when it has none or was skipped (the first row
 * of an article is marked, so articles can be counted).
 */
final class ArticleExtraction implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** article, first, skipped (the reason), mention (JSON), arxiv_id, title_key. */
  static final StructType SCHEMA = new StructType()
      .add("article", DataTypes.StringType, false)
      .add("first", DataTypes.BooleanType, false)
      .add("skipped", DataTypes.StringType, true)
      .add("mention", DataTypes.StringType, true)
      .add("arxiv_id", DataTypes.StringType, true)
      .add("title_key", DataTypes.StringType, true);

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    // The reader's root is never used for bytes already read; one reader and one extractor per
    // partition, as the standalone job keeps one per run.
    ArticleReader reader = new ArticleReader(Path.of(""));
    MentionExtractor extractor = new MentionExtractor();
    return new FlatIterator<>(articles, article -> rows(reader, extractor,
        article.getString(0), (byte[]) article.get(1)));
  }

  private static List<Row> rows(ArticleReader reader, MentionExtractor extractor, String path,
      byte[] bytes) {
    ReadResult result = reader.read(path, bytes);
    if (result instanceof ReadResult.Skipped skipped) {
      return List.of(RowFactory.create(path, true, skipped.reason(), null, null, null));
    }
    List<Mention> mentions = extractor.extract(((ReadResult.Read) result).article());
    if (mentions.isEmpty()) {
      return List.of(RowFactory.create(path, true, null, null, null, null));
    }
    List<Row> rows = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String key = m.claimedTitle().map(TitleSearch::key).filter(k -> !k.isEmpty()).orElse(null);
      rows.add(RowFactory.create(path, rows.isEmpty(), null, RecordCodec.write(m),
          m.arxivId().map(id -> id.value()).orElse(null), key));
    }
    return rows;
  }
}
