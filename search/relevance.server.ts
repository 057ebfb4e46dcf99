// How much of a question a document covers, weighted by how rare each word is in the content: the
// assistant's evidence test. Engine scores rank well but are not comparable across questions; this is.
import type { UnderstoodQuery } from "./query.server";
import { segment, segmentForSearch } from "./segment.server";
import type { SearchDocument } from "./types";

// Words every unit shares: they say nothing about which unit answers.
const GENERIC = new Set(["杭州", "杭州市", "残疾", "残疾人", "规划", "政策", "什么", "有没有", "哪些", "多少", "可以", "如何", "怎么"]);

export class Relevance {
  private readonly df = new Map<string, number>();
  private readonly docs: number;

  constructor(documents: SearchDocument[]) {
    this.docs = documents.length;
    for (const d of documents) {
      for (const word of new Set(segmentForSearch(`${d.title} ${d.text}`))) this.df.set(word, (this.df.get(word) ?? 0) + 1);
    }
  }

  /** Rare words weigh more. */
  private weight(word: string): number {
    const df = this.df.get(word.toLowerCase()) ?? 1;
    return Math.log(1 + this.docs / df);
  }

  /** What the question is about: each glossary concept (any of its forms) and each other content word. */
  parts(understood: UnderstoodQuery): { forms: string[]; weight: number }[] {
    const concepts = understood.concepts.map((c) => {
      const forms = [c.term, ...c.aliases];
      return { forms, weight: Math.max(...forms.map((f) => Math.min(...segmentForSearch(f).map((w) => this.weight(w))))) };
    });
    const words = understood.text
      .split(" ")
      .filter((w) => !understood.concepts.some((c) => c.term === w || c.aliases.includes(w)))
      .flatMap((w) => segment(w))
      .map((w) => w.toLowerCase())
      .filter((w) => !GENERIC.has(w) && (w.length >= 2 || /\d/.test(w)))
      // A word the content never uses (说不定, "support") cannot be evidence either way: questions are
      // full of them. Off-topic questions are then left with nothing the content covers.
      .filter((w) => this.df.has(w))
      .map((w) => ({ forms: [w], weight: this.weight(w) }));
    return [...concepts, ...words];
  }

  /**
   * The question reduced to what the content can match: its concepts' terms and the words the content
   * uses, rarest first. Sending the whole question would let words no unit contains rule out every unit.
   */
  focus(understood: UnderstoodQuery): string {
    return this.parts(understood)
      .sort((a, b) => b.weight - a.weight)
      .map((p) => p.forms[0])
      .join(" ");
  }

  /** Share (0–1) of the question's weight that the document's title and text contain. */
  coverage(understood: UnderstoodQuery, doc: Pick<SearchDocument, "title" | "text">): number {
    const parts = this.parts(understood);
    const total = parts.reduce((sum, p) => sum + p.weight, 0);
    if (!total) return 0;
    const haystack = `${doc.title} ${doc.text}`.toLowerCase().replace(/\s+/g, "");
    const found = parts.filter((p) => p.forms.some((f) => haystack.includes(f.toLowerCase().replace(/\s+/g, "")))).reduce((sum, p) => sum + p.weight, 0);
    return found / total;
  }
}
