// Chinese numerals read as numbers (十五 → 15), shared by the model's number checks and the query
// understanding's counts ("哪四个"), which may not import the model.

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** 十五 → 15, 二十三 → 23, 三千 → 3000, 五万四千 → 54000. */
export function chineseNumeral(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else if (ch in UNIT) {
      section += (digit || 1) * UNIT[ch];
      digit = 0;
    } else if (ch in BIG) {
      total += (section + digit) * BIG[ch];
      section = 0;
      digit = 0;
    } else return undefined;
  }
  return total + section + digit;
}
