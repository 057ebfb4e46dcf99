// Whether a question asks for a figure (how many, how big, what share, what target, what investment; 好多个…？
// is how many in south-western speech): then a unit or sentence that gives one is the better answer. One reading for search, the assistant and the
// operator desk.
const ASKS_FOR_FIGURE =
  /多少|(?<!哪)几(?!种|类|项|个方面)|好多(?=钱|个|人|家|名|块|岁|年|天|次|万|户|所|项|场)[^。！!]*[？?]|多大|比例|比率|目标|覆盖率|达到|面积|投资|[户人个家所]数|数量|how (many|much|big|large)|what (share|percentage|rate|target|proportion|fraction)|what %|百分之(多少|几)|几成|占比|target|what('s| is| was) the (\d{4} )?goal|rate\b|floor area|investment|number of|基期|baseline|coverage|proportion|percent|ratio|(achieved|actual|target) value|哪一?年|which year|what year|完成(得|的)?(怎么样|咋样|如何|情况)|实现值|完成值/i;

export function asksForFigure(question: string): boolean {
  return ASKS_FOR_FIGURE.test(question);
}

const ASKS_YEAR = /\b(which|what)\b[^?.]{0,30}\byear\b|\bwhen\b|哪一?年|什么时候/i;

/** Whether a question asks for a year ("哪一年", "which year", "when"): then a year is the figure that answers. */
export function asksYear(question: string): boolean {
  return ASKS_YEAR.test(question);
}

// The measure word a count is asked in ("多少件", "几户", "多少人次"): the figure that answers is given in it.
// "好几年" tells how long, it asks nothing.
const ASKED_UNIT = /(?:多少|(?<!好)几)(?:个)?(人次|万人|件|户|家|所|名|场|次|人|平方米|亿元|万元|元|岁|年|天|个)/;

/** The unit a question asks a count in, if it names one ("发了多少件" → 件). */
export function askedUnit(question: string): string | undefined {
  return ASKED_UNIT.exec(question)?.[1];
}

/** Whether a sentence gives a figure in that unit ("近 7 万件", "3000 户"). */
export function givesInUnit(sentence: string, unit: string): boolean {
  return new RegExp(`\\d(?:\\.\\d+)?\\s*(?:万|亿)?(?:${SAME_UNIT[unit] ?? unit})`).test(sentence);
}

/** Measure words that count the same things: people are counted in 人 and 名, places in 个, 家 and 所. */
const SAME_UNIT: Record<string, string> = { 人: "人|名", 名: "名|人", 家: "家|个|所", 所: "所|个|家", 个: "个|家|所" };
