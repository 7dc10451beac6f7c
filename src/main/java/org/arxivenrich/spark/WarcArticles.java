package org.arxivenrich.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import scala.Tuple2;

/**
 * Runs on the executors: turns one WARC or WET file (plain or gzip per record, as jwarc reads
 * it) into articles named by their {@code WARC-Target-URI}: a {@code response} record's HTTP
 * body (its content encoding undone), a {@code conversion} (WET) or {@code resource} record's
 * block. Requests, metadata and warcinfo records are not articles. The file is streamed, one
 * record in memory at a time.
 */
final class WarcArticles implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
  private static final long serialVersionUID = 1L;

  @Override
  public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws IOException {
    InputStream in = file._2().open();
    WarcReader reader = new WarcReader(in);
    Iterator<WarcRecord> records = reader.iterator();
    return new FlatIterator<>(new ClosingIterator<>(records, reader),
        record -> article(record).map(java.util.List::of).orElse(java.util.List.of()));
  }

  private static Optional<Row> article(WarcRecord record) {
    try {
      byte[] body;
      if (record instanceof WarcResponse response) {
        body = response.http().bodyDecoded().stream().readAllBytes();
      } else if (record instanceof WarcConversion || record instanceof WarcResource) {
        body = record.body().stream().readAllBytes();
      } else {
        return Optional.empty();
      }
      String target = ((WarcTargetRecord) record).target();
      String name = target == null || target.isBlank() ? record.id().toString() : target;
      return Optional.of(RowFactory.create(name, body));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read WARC record " + record.id(), e);
    }
  }

  /** Closes the reader once its records are used up, since Spark gives the task no hook. */
  private static final class ClosingIterator<T> implements Iterator<T> {
    private final Iterator<T> records;
    private final AutoCloseable resource;

    ClosingIterator(Iterator<T> records, AutoCloseable resource) {
      this.records = records;
      this.resource = resource;
    }

    @Override
    public boolean hasNext() {
      boolean more = records.hasNext();
      if (!more) {
        try {
          resource.close();
        } catch (Exception e) {
          throw new IllegalStateException("cannot close a WARC file", e);
        }
      }
      return more;
    }

    @Override
    public T next() {
      return records.next();
    }
  }
}
