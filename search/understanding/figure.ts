// Whether a question asks for a figure (how many, how big, what share, what target, what investment): then a
// unit or sentence that gives one is the better answer. One reading for search, the assistant and the
// operator desk.
const ASKS_FOR_FIGURE =
  /多少|(?<!哪)几(?!种|类|项|个方面)|多大|比例|比率|目标|覆盖率|达到|面积|投资|[户人个家所]数|数量|how (many|much|big|large)|what (share|percentage|rate|target)|target|rate\b|floor area|investment|number of|基期|baseline|coverage|proportion|percent|ratio|(achieved|actual|target) value|哪一?年|which year|what year/i;

export function asksForFigure(question: string): boolean {
  return ASKS_FOR_FIGURE.test(question);
}
