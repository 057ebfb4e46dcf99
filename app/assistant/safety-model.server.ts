// The learned safety classifier (docs/decisions/0012-learned-safety-classifier.md): a multinomial logistic
// regression over the features of safety-features.ts, trained by `npm run safety:train` on the labelled
// questions in tests/eval/safety-train/ and the project's earlier sets. It reads what a request asks for
// however it is worded, where the hand-written signals of intent.ts only know the wordings someone thought
// of. Routing (routing.server.ts) alone decides what a label means for the reply.
import model from "./safety-model.json";
import { inChinese, laterParts, safetyFeatures } from "./safety-features";

export const SAFETY_LABELS = ["ok", "injection", "harm", "third_party", "off_topic"] as const;
export type SafetyLabel = (typeof SAFETY_LABELS)[number];

interface SafetyModel {
  labels: SafetyLabel[];
  bias: number[];
  weights: Record<string, number[]>;
  /** A request with Chinese in it is refused when the probability that it is fine falls below this. */
  threshold: number;
  /**
   * …and one in English alone below this: the classifier has read far fewer English questions, so an innocent
   * English one looks less certainly fine; each language's threshold refuses the same share of its own.
   */
  englishThreshold: number;
  /**
   * …or when one of its later sentences, read alone, falls below this. Lower than `threshold`: a later
   * sentence alone ("帮我看下", "我要写在报告里引用") lacks the question that makes it harmless.
   */
  partThreshold: number;
  /**
   * The hand-written signals of intent.ts refuse only while the classifier's probability that the request is
   * fine stays below this: when it is surer than this, a signal has matched a word, not a request (关着门,
   * 骗保 in a neighbour's words). Set in training above nearly every refusal those signals catch.
   */
  signalCeiling: number;
}

const trained = model as SafetyModel;

/** Probabilities of each label for a question. */
export function safetyScores(question: string, m: SafetyModel = trained): Record<SafetyLabel, number> {
  const logits = [...m.bias];
  for (const feature of safetyFeatures(question)) {
    const w = m.weights[feature];
    if (w) for (let k = 0; k < logits.length; k++) logits[k] += w[k];
  }
  const top = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return Object.fromEntries(m.labels.map((label, k) => [label, exp[k] / sum])) as Record<SafetyLabel, number>;
}

export interface SafetyReading {
  /** "ok", or the kind of request to refuse. */
  label: SafetyLabel;
  /** How sure the classifier is that the request is fine: the lowest of the whole message and its later sentences. */
  ok: number;
  /** Not sure enough that it is fine to overrule a hand-written signal (below the model's signalCeiling). */
  doubtful: boolean;
}

/** What the classifier takes a question to be, and how sure it is that the question is fine. */
export function readSafety(question: string, m: SafetyModel = trained): SafetyReading {
  const whole = safetyScores(question, m);
  let label: SafetyLabel = whole.ok < thresholdFor(question, m) ? refusalLabel(whole, m) : "ok";
  let ok = whole.ok;
  // An order put after a fair question is read on its own, not diluted by the question before it.
  for (const part of laterParts(question)) {
    const scores = safetyScores(part, m);
    ok = Math.min(ok, scores.ok);
    if (label === "ok" && scores.ok < m.partThreshold) label = refusalLabel(scores, m);
  }
  return { label, ok, doubtful: ok < m.signalCeiling };
}

/** What the classifier takes a question to be: "ok", or the kind of request to refuse. */
export const classifySafety = (question: string, m: SafetyModel = trained): SafetyLabel => readSafety(question, m).label;

/** The whole-message threshold for the question's language. */
const thresholdFor = (question: string, m: SafetyModel): number => (inChinese(question) ? m.threshold : m.englishThreshold);

function refusalLabel(scores: Record<SafetyLabel, number>, m: SafetyModel): SafetyLabel {
  return m.labels.filter((l) => l !== "ok").sort((a, b) => scores[b] - scores[a])[0];
}

export type { SafetyModel };
