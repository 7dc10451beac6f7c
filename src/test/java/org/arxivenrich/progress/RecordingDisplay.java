package org.arxivenrich.progress;

import java.util.ArrayList;
import java.util.List;

/** A display that keeps everything it is shown, for tests to read. */
public final class RecordingDisplay implements Display {
  public final List<Counts> shown = new ArrayList<>();
  public final List<Summary> finished = new ArrayList<>();

  @Override
  public void show(Counts counts) {
    shown.add(counts);
  }

  @Override
  public void finish(Summary summary) {
    finished.add(summary);
  }
}
