// The learned safety classifier (docs/decisions/0012-learned-safety-classifier.md): a multinomial logistic
// regression over the features of safety-features.ts, trained by `npm run safety:train` on the labelled
// questions in tests/eval/safety-train/ and the project's earlier sets. It reads what a request asks for
// however it is worded, where the hand-written signals of intent.ts only know the wordings someone thought
// of. Routing (routing.server.ts) alone decides what a label means for the reply.
import model from "./safety-model.json";
import { laterParts, safetyFeatures } from "./safety-features";

export const SAFETY_LABELS = ["ok", "injection", "harm", "third_party", "off_topic"] as const;
export type SafetyLabel = (typeof SAFETY_LABELS)[number];

interface SafetyModel {
  labels: SafetyLabel[];
  bias: number[];
  weights: Record<string, number[]>;
  /** A request is refused when the probability that it is fine falls below this. */
  threshold: number;
  /**
   * …or when one of its later sentences, read alone, falls below this. Lower than `threshold`: a later
   * sentence alone ("帮我看下", "我要写在报告里引用") lacks the question that makes it harmless.
   */
  partThreshold: number;
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

/** What the classifier takes a question to be: "ok", or the kind of request to refuse. */
export function classifySafety(question: string, m: SafetyModel = trained): SafetyLabel {
  const whole = safetyScores(question, m);
  if (whole.ok < m.threshold) return refusalLabel(whole, m);
  // An order put after a fair question is read on its own, not diluted by the question before it.
  for (const part of laterParts(question)) {
    const scores = safetyScores(part, m);
    if (scores.ok < m.partThreshold) return refusalLabel(scores, m);
  }
  return "ok";
}

function refusalLabel(scores: Record<SafetyLabel, number>, m: SafetyModel): SafetyLabel {
  return m.labels.filter((l) => l !== "ok").sort((a, b) => scores[b] - scores[a])[0];
}

export type { SafetyModel };
