package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateReaderTest {
  private final DateReader reader = new DateReader();

  /** Columns: text, ISO date at the precision written, the date's text. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "发布时间:2017/06/12 | 2017-06-12 | 2017/06/12",
      "2024/04 | 2024-04 | 2024/04",
      // APA puts the day after the year
      "Chollet, F. (2019, November 5). On the measure | 2019-11-05 | '(2019, November 5)'",
      "Doe, J. (2021, March). Title | 2021-03 | '(2021, March)'",
      "on 2021-06-17. | 2021-06-17 | 2021-06-17",
      "2023.05.15 | 2023-05-15 | 2023.05.15",
      "于2023年5月17日发布 | 2023-05-17 | 2023年5月17日",
      "2023年5月 | 2023-05 | 2023年5月",
      "在1991年发表的 | 1991 | 1991年",
      "2006 年的 | 2006 | 2006 年",
      "24年4月 | 2024-04 | 24年4月",
      "24年9月份 OpenAI | 2024-09 | 24年9月份",
      "23年 | 2023 | 23年",
      "發表日期：民國111年8月 | 2022-08 | 民國111年8月",
      "民国99年 | 2010 | 民国99年",
      "Transparency. 2019 Jan. p. 220-9. | 2019-01 | 2019 Jan",
      "在24年结尾的 | 2024 | 24年",
      "March 15, 2023 | 2023-03-15 | March 15, 2023",
      "Mar. 15 2023 | 2023-03-15 | Mar. 15 2023",
      "15 Mar 2023 | 2023-03-15 | 15 Mar 2023",
      "1st June 2017 | 2017-06 | June 2017",
      "(December 2014) | 2014-12 | December 2014",
      "Vaswani et al. (2017) | 2017 | (2017)",
      "(Hendrycks et al., 2021) | 2021 | 2021",
      "Algorithms, from 2017, and | 2017 | 2017",
      "2023-05-15T10:00:00Z | 2023-05-15 | 2023-05-15"})
  void find_readsEachFormatAtItsPrecision(String text, String iso, String dateText) {
    List<DateReader.Found> found = reader.find(text, 0, text.length());
    assertEquals(1, found.size(), found.toString());
    assertEquals(iso, found.get(0).date().iso());
    assertEquals(dateText, found.get(0).date().text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2303.08774", "1706.03762v5", "GPT-3 175B, 12500个题目", "2019-13",
      "2023/02/30", "10年来", "工作了5年", "2025必读清单", "version 1.18.3", "192.168.1.1",
      "3.43元", "1248×1248", "2401_84494441", "may be 2023 items",
      "data from 2017 to 2020", "from 2019-2021", "(items 3, 2021 and 2022)"})
  void find_readsNoDateFromOtherNumbers(String text) {
    assertEquals(Optional.empty(), reader.first(text), text);
  }

  /**
   * Trying each shape only where a match can start gives what searching each region at every
   * char gives, at the regions' edges too (a look-behind at the start, {@code \\b} at the end).
   */
  @Test
  void find_givesWhatTheSearchOfEveryCharGives() {
    RandomTexts texts = new RandomTexts("2023", "1999", "20", "24", "5", "12", "年", "月", "日",
        "民國", "May",
        "march", "Sept", "Jan.", "summary", " ", "  ", "\n", "-", "/", ".", ",", "，", "(", ")",
        "（", "）", "from ", " to ", "st", "a", "x1", "_", "于", "et al., ", "2019, November 5",
        "2023-05-15", "2024/04", "2023年5月17日", "24年4月", "March 15, 2023", "15 Mar 2023",
        "(2017)", "民國111年8月", "Dec 2014", "from 2017");
    int compared = 0;
    for (int n = 0; n < 3000; n++) {
      String text = texts.next(14);
      int[] stretch = texts.stretch(text);
      int from = stretch[0];
      int to = stretch[1];
      List<DateReader.Found> expected = DateReader.findBySearch(text, from, to);
      assertEquals(expected, reader.find(text, from, to), text + " [" + from + ", " + to + ")");
      compared += expected.size();
    }
    assertTrue(compared > 300, "dates compared: " + compared);
  }
}
