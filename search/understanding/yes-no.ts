// Whether a question asks yes or no ("有没有…", "能不能…", "…吗", "Is there…"). An answer that opens with a
// bare "有。" or "Yes." speaks to such a question only; to any other it says nothing, or something wrong.
const ZH = /吗[？?]?\s*$|吗[，,。？?]|(?:有没有|能不能|可不可以|是不是|会不会|要不要|算不算|够不够|行不行|是否|能否|可否)/;
const EN = /^\s*(?:is|are|can|could|do|does|did|will|would|should|has|have|may|must)\b/i;

export function asksYesNo(question: string): boolean {
  return ZH.test(question) || EN.test(question);
}
