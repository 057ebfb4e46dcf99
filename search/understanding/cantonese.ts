// Cantonese written as people type it (呢份規劃係邊兩個部門發嘅？): its function words read as the Mandarin ones
// every reading of a question's shape is written in (这份…哪两个部门…的). Only words that are Cantonese alone,
// or Cantonese in the place they stand: 边 is "side" in 旁边, 呢 a Mandarin particle at a sentence's end, 点 "a
// bit" in 快点, 仲 part of 仲裁. Reads simplified characters (normalize.ts simplifies first).

const WORDS: [RegExp, string][] = [
  [/乜嘢|乜/g, "什么"],
  [/咩/g, "什么"],
  [/嘅/g, "的"],
  [/冇/g, "没有"],
  [/喺/g, "在"],
  [/佢哋/g, "他们"],
  [/佢/g, "他"],
  [/哋/g, "们"],
  [/咗/g, "了"],
  [/呢度|呢处/g, "这里"],
  [/嗰度|嗰处/g, "那里"],
  [/边度|边处/g, "哪里"],
  [/边个/g, "哪个"],
  [/呢啲/g, "这些"],
  [/嗰啲/g, "那些"],
  [/啲/g, "些"],
  [/嗰/g, "那"],
  [/唔识/g, "不会"],
  [/唔/g, "不"],
  [/屋企/g, "家"],
  [/[俾畀](?=[我你他她佢])/g, "给"],
  [/睇/g, "看"],
  [/[揾搵]/g, "找"],
  [/攞/g, "拿"],
  [/而家/g, "现在"],
  [/点样/g, "怎样"],
  [/点解/g, "为什么"],
  [/几多/g, "多少"],
  [/嘢/g, "东西"],
  // Which and this before a count or a measure word: 边两个部门, 呢份规划.
  [/边(?=[一二两三四五六七八九十几\d]*[个份项条种类间家所位样])/g, "哪"],
  [/呢(?=[一二两三四五六七八九十几\d]*[个份项条种类间家所位样])/g, "这"],
  [/(?<![一快早慢多少差有好])点(?=[办算申请去做整])/g, "怎么"],
  [/仲(?=[有要系是会可])/g, "还"],
];

/** The question with Cantonese function words written as the Mandarin ones. */
export function mandarinWords(text: string): string {
  let out = text;
  for (const [pattern, mandarin] of WORDS) out = out.replace(pattern, mandarin);
  return out;
}
