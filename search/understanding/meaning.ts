// Whether a question asks what something means ("1+3+2是啥意思", "三层四级指什么", "what does … mean"). The
// plan often explains a term in the sentences after the one that names it ("“1”表示…"), so such a question
// is answered by the naming sentence and the ones that follow it.
const MEANING = /(?:是)?(?:啥|什么)意思|指(?:的是)?(?:什么|啥|哪些)|是指|是什么|是啥|怎么理解|具体(?:包括|有)(?:什么|哪些)|what (?:does|do) .{1,60} mean|what is meant by|what (?:is|are) (?:the )?["“']/i;

export function asksMeaning(question: string): boolean {
  return MEANING.test(question);
}
