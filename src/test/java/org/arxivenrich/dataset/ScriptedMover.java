package org.arxivenrich.dataset;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A real atomic mover that first asks a script about each move, numbered from 1, so a test can
 * make any one move fail ({@link IOException}) or stop the process there ({@link Crash}).
 */
final class ScriptedMover implements Mover {
  /** What happens before move number {@code n}: nothing, or a throw that stops it. */
  @FunctionalInterface
  interface Script {
    void before(int n, Path from, Path to) throws IOException;
  }

  /**
   * The process dying on the spot: an {@link Error}, which no publish code catches, so no
   * rollback or cleanup runs that a SIGKILL would not run either.
   */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;

    Crash(int n) {
      super("killed before move " + n);
    }
  }

  private final Script script;
  private int moves;

  ScriptedMover(Script script) {
    this.script = script;
  }

  /** Moves {@code allowed} files, then dies before the next move. */
  static ScriptedMover crashAfter(int allowed) {
    return new ScriptedMover((n, from, to) -> {
      if (n > allowed) {
        throw new Crash(n);
      }
    });
  }

  @Override
  public void move(Path from, Path to) throws IOException {
    moves++;
    script.before(moves, from, to);
    Mover.ATOMIC.move(from, to);
  }
}
