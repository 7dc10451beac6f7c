package org.arxivenrich.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Maps each element of a partition to a list and runs through the lists lazily, so a task holds
 * one article's rows at a time, never the partition's.
 */
final class FlatIterator<T, R> implements Iterator<R> {
  private final Iterator<T> source;
  private final Function<T, List<R>> mapper;
  private Iterator<R> current = Collections.emptyIterator();

  FlatIterator(Iterator<T> source, Function<T, List<R>> mapper) {
    this.source = source;
    this.mapper = mapper;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && source.hasNext()) {
      current = mapper.apply(source.next()).iterator();
    }
    return current.hasNext();
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
