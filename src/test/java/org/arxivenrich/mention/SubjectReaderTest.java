package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectReaderTest {

  /** Columns: a description line, the subject it names ('' for none). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a Latin name opening the line
      "MuSR主要評估自然語言敘事中的多步軟推理任務,其他基準包括LongBench, BABILong和RULER | MuSR",
      "MATH基準主要關注數學競賽 | MATH",
      "IFEval評估語言模型的指令遵循能力,主要關注「可自動驗證的指令」。 | IFEval",
      "ARC AGI用一組抽象和推理語料庫(Abstraction and Reasoning Corpus),模擬人類。 | ARC AGI",
      "YOLO v1將目標檢測視爲一個迴歸問題 | YOLO v1",
      "MemGPT提出了虛擬上下文管理技術 | MemGPT",
      "Orca 3-AgentInstruct的研究成果再把這個結論向前推進了一步 | Orca 3-AgentInstruct",
      "Segment Anything Model (SAM)及SAM 2是非常成功的分割基礎模型 | Segment Anything Model",
      "MMVP(多模態視覺模式)基準量化了CLIP的核心問題 | MMVP",
      "- GPT-4 是多模態模型 | GPT-4",
      // an owner before the name is not the subject
      "OpenAI推薦的RAGAS(檢索增強生成評估)是一個框架 | RAGAS",
      "Meta發佈的Llama 3語音模型也可以作爲競品參考。 | Llama 3",
      // two names joined by 和 are kept together: the line is about both
      "Claude 3和Gemini算是OpenAI最大的競爭對手,其論文也值得一讀 | Claude 3和Gemini",
      // a Chinese name with its Latin name in parentheses
      "思維鏈(Chain-of-Thought):在足夠大的語言模型中 | Chain-of-Thought",
      "思維樹(Tree of Thoughts)克服了思維鏈只能基於token的缺陷 | Tree of Thoughts",
      "自動提示工程師(APE)能夠避免人工編寫低質量提示詞 | APE",
      // a quoted name the line calls published, or a kind of document
      "13個機構的研究人員發佈的「提示詞報告」,對提示技術進行分類 | 提示詞報告",
      "這份“多模態綜述”值得一讀 | 多模態綜述",
      // generic sentences, lists and Latin words that are not the subject: nothing
      "其他非最前沿的模型也值得了解,包括AI2(旗下的Olmo、Molmo)、Grok、Amazon Nova等 | ''",
      "MMLU Pro, GPQA Diamond和BIG-Bench Hard是頂尖AI實驗室常用的知識基準評估。 | ''",
      "開源的代碼模型論文包括 DeepSeek-Coder, Qwen2.5-Coder, CodeLlama | ''",
      "爆火的DeepSeek V1, Coder, V2, V3在開源大模型也有一席之地 | ''",
      "在被Anthropic、Devin和OpenAI採用後,SWE-Bench一躍成爲最具知名度的基準 | ''",
      "2020年,Meta首次提出RAG概念 | ''",
      "研究人員在SAM中構建了迄今爲止最大的分割數據集 | ''",
      "HumanEval/Codex論文是GitHub Copilot底層技術解釋 | ''",
      "based on是一個詞 | ''",
      "The results show that scaling helps. | ''",
      "arXiv上的論文 | ''",
      // makers open a line as its subject, but a maker is not a paper
      "OpenAI提出了一種新的對齊方法 | ''",
      "Meta發佈的模型很多 | ''",
      "Google的研究人員發現 | ''",
      "Hugging Face上有權重 | ''",
      "DeepMind團隊在2023年發表 | ''",
      "Sakana AI發佈了新模型 | ''",
      "OpenAI的o1模型使用了強化學習 | o1",
      // headings, modifiers and lower-case glosses: nothing
      "智能體(Agent) | ''",
      "檢索增強生成(RAG) | ''",
      "大語言模型(LLM)的發展很快 | ''",
      "使用文本嵌入(word embedding)進行「語義文本相似度」計算 | ''",
      "基於人類反饋的強化學習(RLHF)是一個複雜的過程 | ''",
      // quotes that name concepts, not papers
      "通過「預訓練神經檢索器」訪問「維基百科的稠密向量」索引 | ''",
      "研究人員首先定義「人類水平」的語音合成質量 | ''"})
  void subject_namesWhatTheLineIsAbout(String line, String subject) {
    assertEquals(subject, SubjectReader.subject(line).orElse(""));
  }

  /** Columns: text ("\n" for line breaks) before a link's line, the subject found. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "NaturalSpeech是方法之一\\n研究人員在論文中定義「人類水平」\\n | NaturalSpeech",
      "DPO是一種方法\\nReFT(表示微調)不關注某些層\\n | ReFT",
      "研究人員在論文中定義「人類水平」\\n | ''",
      "'' | ''"})
  void nearest_readsLinesFromTheLinkBack(String before, String subject) {
    String text = before.replace("\\n", "\n");
    assertEquals(subject, SubjectReader.nearest(text, 0, text.length()).orElse(""));
  }
}
