// Cantonese written as people type it (呢份規劃係邊兩個部門發嘅？): its function words read as the Mandarin ones
// every reading of a question's shape is written in (这份…哪两个部门…的). Only words that are Cantonese alone,
// or Cantonese in the place they stand: 边 is "side" in 旁边, 呢 a Mandarin particle at a sentence's end, 点 "a
// bit" in 快点, 仲 part of 仲裁. Reads simplified characters (normalize.ts simplifies first).

const WORDS: [RegExp, string][] = [
  [/乜嘢|乜/, "什么"],
  [/咩/, "什么"],
  [/嘅/, "的"],
  [/冇/, "没有"],
  [/喺/, "在"],
  [/佢哋/, "他们"],
  [/佢/, "他"],
  [/哋/, "们"],
  [/咗/, "了"],
  [/呢度|呢处/, "这里"],
  [/嗰度|嗰处/, "那里"],
  [/边度|边处/, "哪里"],
  [/边个/, "哪个"],
  [/呢啲/, "这些"],
  [/嗰啲/, "那些"],
  [/啲/, "些"],
  [/嗰/, "那"],
  [/唔识/, "不会"],
  [/唔/, "不"],
  [/屋企/, "家"],
  [/[俾畀](?=[我你他她佢])/, "给"],
  [/睇/, "看"],
  [/[揾搵]/, "找"],
  [/攞/, "拿"],
  [/而家/, "现在"],
  [/点样/, "怎样"],
  [/点解/, "为什么"],
  [/几多/, "多少"],
  [/嘢/, "东西"],
  // Which and this before a count or a measure word: 边两个部门, 呢份规划.
  [/边(?=[一二两三四五六七八九十几\d]*[个份项条种类间家所位样])/, "哪"],
  // 边日 is which day; 这边、旁边、两边 before 日 are sides.
  [/(?<![这那旁身周两东西南北左右上下外里海岸天])边(?=日)/, "哪"],
  [/呢(?=[一二两三四五六七八九十几\d]*[个份项条种类间家所位样])/, "这"],
  [/(?<![一快早慢多少差有好])点(?=[办算申请去做整])/, "怎么"],
  [/仲(?=[有要系是会可])/, "还"],
];

// One pass over the text for all of them (every question and search query is read here, several times): at a
// place where two forms start, the one listed first wins, so longer forms (呢度, 唔识) are listed before their
// first character.
const ANY = new RegExp(WORDS.map(([pattern]) => `(${pattern.source})`).join("|"), "g");

/** The question with Cantonese function words written as the Mandarin ones. */
export function mandarinWords(text: string): string {
  return text.replace(ANY, (...groups: (string | undefined)[]) => WORDS[groups.slice(1, WORDS.length + 1).findIndex((g) => g !== undefined)][1]);
}
