package org.arxivenrich.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.arxivenrich.mention.ArxivId;

/**
 * The batches still to ask in one resolve: the planned ones, with the halves of a split batch put
 * first; then the IDs missing from earlier answers, batched anew for their second and last ask.
 */
final class BatchQueue {
  private final Function<List<ArxivId>, List<List<ArxivId>>> partition;
  private final Deque<List<ArxivId>> work = new ArrayDeque<>();
  private final List<ArxivId> askAgain = new ArrayList<>();
  private final Set<ArxivId> askedAgain = new HashSet<>();

  BatchQueue(List<ArxivId> ids, Function<List<ArxivId>, List<List<ArxivId>>> partition) {
    this.partition = partition;
    work.addAll(partition.apply(ids));
  }

  /** The next batch to ask, or null when nothing is left. */
  List<ArxivId> next() {
    if (work.isEmpty() && !askAgain.isEmpty()) {
      askedAgain.addAll(askAgain);
      work.addAll(partition.apply(askAgain));
      askAgain.clear();
    }
    return work.poll();
  }

  /**
   * Records that {@code id} was missing from an answer; true if it will be asked again, false if
   * this was already its second ask.
   */
  boolean missing(ArxivId id) {
    if (askedAgain.contains(id)) {
      return false;
    }
    askAgain.add(id);
    return true;
  }

  /** Puts the two halves of {@code batch} at the front, to be asked next. */
  void split(List<ArxivId> batch) {
    int half = batch.size() / 2;
    work.addFirst(List.copyOf(batch.subList(half, batch.size())));
    work.addFirst(List.copyOf(batch.subList(0, half)));
  }

  /** Removes and returns every batch still waiting, those to ask again included. */
  List<List<ArxivId>> drain() {
    List<List<ArxivId>> rest = new ArrayList<>(work);
    if (!askAgain.isEmpty()) {
      rest.addAll(partition.apply(askAgain));
    }
    work.clear();
    askAgain.clear();
    return rest;
  }
}
