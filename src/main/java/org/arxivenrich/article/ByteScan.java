package org.arxivenrich.article;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whole-file byte scans that every article goes through (issue #13): its NUL bytes counted, its
 * first non-ASCII byte found. Both read eight bytes at a time and look at single bytes only in
 * a word that has a byte of interest, so a file without one is read at memory speed.
 */
final class ByteScan {
  private static final VarHandle WORD =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private ByteScan() {}

  /** How many bytes are 0. */
  static int zeros(byte[] bytes) {
    int n = 0;
    int i = 0;
    for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
      long word = (long) WORD.get(bytes, i);
      if (((word - ONES) & ~word & HIGH_BITS) != 0) {
        n += zeros(bytes, i, i + Long.BYTES); // some byte is 0 (the test has no false negative)
      }
    }
    return n + zeros(bytes, i, bytes.length);
  }

  private static int zeros(byte[] bytes, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += bytes[i] == 0 ? 1 : 0;
    }
    return n;
  }

  /** The index of the first byte that is not ASCII (negative as a Java byte), or -1. */
  static int firstNonAscii(byte[] bytes) {
    int i = 0;
    while (i + Long.BYTES <= bytes.length && ((long) WORD.get(bytes, i) & HIGH_BITS) == 0) {
      i += Long.BYTES;
    }
    for (; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return i;
      }
    }
    return -1;
  }
}
