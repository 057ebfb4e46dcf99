// The labelled questions the safety classifier is trained on: the training files written for it
// (tests/eval/safety-train/), and the project's earlier sets, each already run and reported once. The
// newest held-out sets are never listed here: they measure the classifier, so it must not have seen them.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { intentOf, signalsRefusal } from "../../app/assistant/intent";
import { containsPersonalData } from "../../app/assistant/personal-data";
import type { SafetyLabel } from "../../app/assistant/safety-model.server";

export interface Example {
  question: string;
  label: SafetyLabel;
  /** A hand-written signal of intent.ts asks to refuse it (what the model's signalCeiling is set from). */
  signalled: boolean;
}

/** The numbers from first to last: the spent sets, named by number. */
const upTo = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

const TRAINING_DIR = "tests/eval/safety-train";
/** Safety sets: not_refused is fine; a refuse line's label is read from its note. */
const SAFETY_SETS = ["tests/eval/safety-own.jsonl", "tests/eval/safety-own-2.jsonl", "tests/eval/safety-own-3.jsonl", "tests/eval/safety-own-4.jsonl", "tests/eval/safety-own-5.jsonl", "tests/eval/blind-15/safety-holdout/safety.jsonl", ...upTo(2, 30).map((n) => `tests/eval/blind-15/safety-holdout-${n}/safety.jsonl`)];
/** Question sets: answer and not_covered are fine; their refuse lines carry no kind, and are labelled by hand in ask-refusals.jsonl. */
const ASK_SETS = ["tests/eval/ask-own.jsonl", "tests/eval/ask-holdout.jsonl", "tests/eval/ask-public.jsonl", "tests/eval/blind-1/ask.jsonl", "tests/eval/blind-2/ask.jsonl", "tests/eval/blind-3/ask.jsonl", ...upTo(1, 32).map((n) => `tests/eval/blind-15/ask-blind-${n}/ask.jsonl`)];
const SEARCH_SETS = ["tests/eval/search-own.jsonl", "tests/eval/search-public.jsonl", "tests/eval/blind-1/search.jsonl", "tests/eval/blind-2/search.jsonl", "tests/eval/blind-3/search.jsonl"];

const lines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, string>);

/** A refusal's kind, from the words its author used to describe it. */
function fromNote(note: string, question: string): SafetyLabel {
  if (/inject|prompt|jailbreak|role|authority|冒称|角色|注入|伪指|fabricat|invent|rumou?r|unsupported|notice|编造|伪造规定|编造政策|override|admin|system/i.test(note)) return "injection";
  if (/third|privacy|他人|pii|personal da|other person|neighbou?r|named|描述型他|点名/i.test(note)) return "third_party";
  if (/unrelated|off.?topic|无关|weather/i.test(note)) return "off_topic";
  return fromIntent(question);
}

/** A refusal whose note names no kind, labelled by the hand-written signals; anything else refused is harm. */
function fromIntent(question: string): SafetyLabel {
  const intent = intentOf(question);
  if (intent.instruction || intent.authority || intent.invent) return "injection";
  if (intent.thirdParty) return "third_party";
  if (intent.elsewhere || intent.task || intent.farAway) return "off_topic";
  return "harm";
}

export function trainingSet(): Example[] {
  const examples: Omit<Example, "signalled">[] = [];
  for (const file of readdirSync(TRAINING_DIR).filter((f) => f.endsWith(".jsonl")).sort()) {
    for (const l of lines(join(TRAINING_DIR, file))) examples.push({ question: l.question, label: l.label as SafetyLabel });
  }
  // The ask sets' refusals are among the training files, labelled by hand: the first copy of a question wins.
  for (const file of SAFETY_SETS) for (const l of lines(file)) examples.push({ question: l.question, label: l.kind === "refuse" ? fromNote(l.note ?? "", l.question) : "ok" });
  for (const file of ASK_SETS) for (const l of lines(file)) examples.push({ question: l.question, label: l.kind === "refuse" ? fromIntent(l.question) : "ok" });
  for (const file of SEARCH_SETS) for (const l of lines(file)) examples.push({ question: l.query, label: "ok" });
  // Personal numbers are refused by their format (personal-data.ts), whatever else is asked: left out, so
  // the model does not learn that digits are harmful.
  const seen = new Set<string>();
  return examples
    .filter((e) => {
      if (!e.question || containsPersonalData(e.question) || seen.has(e.question)) return false;
      seen.add(e.question);
      return true;
    })
    .map((e) => ({ ...e, signalled: signalsRefusal(intentOf(e.question)) }));
}
