package org.arxivenrich.spark;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.arxivenrich.dataset.Tables;

/**
 * The Parquet types of the published tables' columns (the columns of {@link Tables}, typed as
 * datapackage.json types them): counts and positions as integers, {@code title_score} as a
 * decimal of three places, lists as arrays, the rest as text.
 */
final class TableSchemas {
  private static final Set<String> INTEGERS = Set.of("line", "column", "version",
      "latest_version", "mention_count");
  private static final Set<String> LISTS = Set.of("authors", "categories", "articles");

  static final StructType MENTIONS = of(Tables.MENTION_COLUMNS);
  static final StructType PAPERS = of(Tables.PAPER_COLUMNS);

  private TableSchemas() {}

  private static StructType of(List<String> columns) {
    return DataTypes.createStructType(columns.stream()
        .map(c -> DataTypes.createStructField(c, type(c), true)).toArray(StructField[]::new));
  }

  private static DataType type(String column) {
    if (INTEGERS.contains(column)) {
      return DataTypes.IntegerType;
    }
    if (LISTS.contains(column)) {
      return DataTypes.createArrayType(DataTypes.StringType, false);
    }
    return switch (column) {
      case "date_delta_days" -> DataTypes.LongType;
      case "title_score" -> DataTypes.createDecimalType(4, 3);
      default -> DataTypes.StringType;
    };
  }

  /** The table row's values in column order, then {@code extra} values after them. */
  static Row row(List<String> columns, Map<String, Object> row, Object... extra) {
    Object[] values = new Object[columns.size() + extra.length];
    for (int i = 0; i < columns.size(); i++) {
      values[i] = value(row.get(columns.get(i)));
    }
    System.arraycopy(extra, 0, values, columns.size(), extra.length);
    return RowFactory.create(values);
  }

  private static Object value(Object cell) {
    if (cell instanceof List<?> list) {
      return list.stream().map(String::valueOf).toArray(String[]::new);
    }
    return cell instanceof BigDecimal || cell == null || cell instanceof Number
        || cell instanceof String ? cell : String.valueOf(cell);
  }
}
