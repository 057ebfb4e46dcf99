// Sentence-length figures for plain-language text (易读版 summaries, glossary explanations). The limits are
// the ones issue 6 sets: Chinese sentences average at most 25 characters with the 90th percentile at most
// 40; English sentences average at most 20 words. Shared by the content check and its tests.

export const PLAIN_LIMITS = { zhMean: 25, zhP90: 40, enMean: 20 } as const;

export interface SentenceStats {
  sentences: number;
  /** Characters (Chinese) or words (English) per sentence. */
  mean: number;
  p90: number;
  longest: { length: number; sentence: string };
}

/** Splits Chinese text after 。！？ (and their ASCII forms); a sentence is what lies between. */
export function zhSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])|\n/)
    .map((s) => s.trim())
    .filter((s) => s.replace(/[。！？!?]/g, "").length > 0);
}

/** Characters a reader reads: everything but spaces and the closing mark. */
const zhLength = (sentence: string) => sentence.replace(/\s|[。！？!?]$/g, "").length;

/** Splits English after . ! ? when a space or the end follows (so "5.4" and "No. 12" stay whole where possible). */
export function enSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])|\n/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z0-9]/.test(s));
}

const enLength = (sentence: string) => sentence.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function sentenceStats(sentences: string[], length: (s: string) => number): SentenceStats {
  const lengths = sentences.map(length);
  const sorted = [...lengths].sort((a, b) => a - b);
  const mean = lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 0;
  let longest = { length: 0, sentence: "" };
  sentences.forEach((sentence, i) => {
    if (lengths[i] > longest.length) longest = { length: lengths[i], sentence };
  });
  return { sentences: lengths.length, mean: Math.round(mean * 10) / 10, p90: percentile(sorted, 90), longest };
}

export const zhStats = (texts: string[]) => sentenceStats(texts.flatMap(zhSentences), zhLength);
export const enStats = (texts: string[]) => sentenceStats(texts.flatMap(enSentences), enLength);

/** What is over the limits, as Chinese messages for the content check; empty when within them. */
export function plainLanguageProblems(zh: SentenceStats, en: SentenceStats): string[] {
  const out: string[] = [];
  if (zh.mean > PLAIN_LIMITS.zhMean) out.push(`中文句子平均 ${zh.mean} 字，超过 ${PLAIN_LIMITS.zhMean} 字的上限（最长的一句：“${zh.longest.sentence}”）`);
  if (zh.p90 > PLAIN_LIMITS.zhP90) out.push(`中文句子的第 90 百分位是 ${zh.p90} 字，超过 ${PLAIN_LIMITS.zhP90} 字的上限（最长的一句：“${zh.longest.sentence}”）`);
  if (en.mean > PLAIN_LIMITS.enMean) out.push(`英文句子平均 ${en.mean} 个词，超过 ${PLAIN_LIMITS.enMean} 个词的上限（最长的一句：“${en.longest.sentence}”）`);
  return out;
}
