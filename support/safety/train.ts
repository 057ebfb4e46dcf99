// Trains the learned safety classifier (app/assistant/safety-model.json; `npm run safety:train`) from labelled questions: a
// multinomial logistic regression, deterministic (seeded order, fixed epochs), so the committed model is
// exactly what the committed data trains (tests/unit/safety-model.test.ts checks it). The threshold is set
// by 5-fold cross-validation, for each language, so that at most 1 in 100 of its (mostly hard) questions that must be answered are refused, and the
// threshold for a message's later sentences read alone so that they add at most 3 in 10,000 more.
import { SAFETY_LABELS, type SafetyModel } from "../../app/assistant/safety-model.server";
import type { Example } from "./data";
import { inChinese, laterParts, safetyFeatures } from "../../app/assistant/safety-features";

const EPOCHS = 30;
const RATE = 0.05;
const L2 = 3e-3;
/**
 * Out-of-fold share of each language's answerable questions its threshold may refuse. The training set's
 * answerable questions are mostly near-twins of refusals, written to be hard: on ten past held-out sets
 * (16–25, trained without them) a threshold near the one this share gives refused 1 of 981 answerable
 * questions and caught 464 of 478 to refuse (decision 0023).
 */
const FALSE_REFUSALS = 0.01;
/** Out-of-fold share of answerable questions that reading the later sentences alone may refuse besides. */
const FALSE_REFUSALS_BY_PART = 0.0003;
/** A threshold kept to four decimals, rounded down: rounded up, it would refuse the questions it was set at and any tied with them. */
const atMost = (score: number) => Math.floor(score * 1e4) / 1e4;
const MIN_COUNT = 2;
/** Share of the refusals the hand-written signals catch that the signal ceiling may give up. */
const SIGNAL_MISSES = 0.005;

/** A small seeded generator: the same data always trains the same model. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A fitted model before its thresholds are chosen. */
type Fitted = Omit<SafetyModel, "threshold" | "englishThreshold" | "partThreshold" | "signalCeiling">;

interface Encoded {
  features: string[];
  label: number;
  /** The features of each sentence after the first (laterParts). */
  parts: string[][];
}

function fit(examples: Encoded[], vocabulary: Set<string>): Fitted {
  const K = SAFETY_LABELS.length;
  const weights = new Map<string, Float64Array>();
  const squared = new Map<string, Float64Array>();
  const bias = new Float64Array(K);
  const biasSquared = new Float64Array(K).fill(1e-8);
  // Each label weighs the same in total, however many examples it has.
  const counts = new Array(K).fill(0);
  for (const e of examples) counts[e.label]++;
  const classWeight = counts.map((c) => (c ? examples.length / (K * c) : 0));
  const next = random(20261201);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const { features, label } = examples[index];
      const used = features.filter((f) => vocabulary.has(f));
      const logits = Array.from(bias);
      for (const f of used) {
        const w = weights.get(f);
        if (w) for (let k = 0; k < K; k++) logits[k] += w[k];
      }
      const top = Math.max(...logits);
      const exp = logits.map((l) => Math.exp(l - top));
      const sum = exp.reduce((a, b) => a + b, 0);
      const gradient = exp.map((e, k) => (e / sum - (k === label ? 1 : 0)) * classWeight[label]);
      for (let k = 0; k < K; k++) {
        biasSquared[k] += gradient[k] ** 2;
        bias[k] -= (RATE * gradient[k]) / Math.sqrt(biasSquared[k]);
      }
      for (const f of used) {
        let w = weights.get(f);
        let g2 = squared.get(f);
        if (!w || !g2) {
          w = new Float64Array(K);
          g2 = new Float64Array(K).fill(1e-8);
          weights.set(f, w);
          squared.set(f, g2);
        }
        for (let k = 0; k < K; k++) {
          const g = gradient[k] + L2 * w[k];
          g2[k] += g * g;
          w[k] -= (RATE * g) / Math.sqrt(g2[k]);
        }
      }
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const kept: Record<string, number[]> = {};
  for (const [f, w] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (Math.max(...w.map(Math.abs)) >= 0.01) kept[f] = Array.from(w, round);
  }
  return { labels: [...SAFETY_LABELS], bias: Array.from(bias, round), weights: kept };
}

function vocabularyOf(examples: Encoded[]): Set<string> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return new Set([...counts].filter(([, c]) => c >= MIN_COUNT).map(([f]) => f));
}

function okProbability(model: Fitted, features: string[]): number {
  const logits = [...model.bias];
  for (const f of features) {
    const w = model.weights[f];
    if (w) for (let k = 0; k < logits.length; k++) logits[k] += w[k];
  }
  const top = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - top));
  return exp[0] / exp.reduce((a, b) => a + b, 0);
}

export function train(examples: Example[]): SafetyModel & { crossValidation: Record<string, number> } {
  const encoded: Encoded[] = examples.map((e) => ({ features: safetyFeatures(e.question), label: SAFETY_LABELS.indexOf(e.label), parts: laterParts(e.question).map(safetyFeatures) }));
  // 5-fold cross-validation: every question is scored by a model that never saw it.
  const folds = 5;
  const outOfFold: number[] = new Array(encoded.length);
  // The lowest probability that a later sentence, read alone, is fine (1 when there is none).
  const partsOutOfFold: number[] = new Array(encoded.length);
  for (let fold = 0; fold < folds; fold++) {
    const trainPart = encoded.filter((_, i) => i % folds !== fold);
    const model = fit(trainPart, vocabularyOf(trainPart));
    encoded.forEach((e, i) => {
      if (i % folds !== fold) return;
      outOfFold[i] = okProbability(model, e.features);
      partsOutOfFold[i] = Math.min(1, ...e.parts.map((part) => okProbability(model, part)));
    });
  }
  const chinese = examples.map((e) => inChinese(e.question));
  // Each language's threshold refuses FALSE_REFUSALS of its own answerable questions.
  const thresholdOf = (ofChinese: boolean) => {
    const scores = encoded.flatMap((e, i) => (e.label === 0 && chinese[i] === ofChinese ? [outOfFold[i]] : [])).sort((a, b) => a - b);
    return atMost(scores[Math.floor(scores.length * FALSE_REFUSALS)]);
  };
  const threshold = thresholdOf(true);
  const englishThreshold = thresholdOf(false);
  const wholeRefused = (i: number) => outOfFold[i] < (chinese[i] ? threshold : englishThreshold);
  const answerable = encoded.filter((e) => e.label === 0).length;
  // How sure the classifier is, out of fold, that a message is fine: the lowest of the whole and its later sentences.
  const leastOk = encoded.map((_, i) => Math.min(outOfFold[i], partsOutOfFold[i]));
  // Among answerable questions the whole-message threshold lets through, the later sentences may refuse
  // FALSE_REFUSALS_BY_PART of all answerable ones.
  const partScores = encoded.flatMap((e, i) => (e.label === 0 && !wholeRefused(i) ? [partsOutOfFold[i]] : [])).sort((a, b) => a - b);
  const partThreshold = atMost(partScores[Math.floor(answerable * FALSE_REFUSALS_BY_PART)]);
  // The hand-written signals refuse only while the classifier has some doubt (routing.server.ts): the ceiling
  // sits above all but SIGNAL_MISSES of the refusals they catch, read out of fold.
  const signalCaught = encoded.flatMap((e, i) => (e.label !== 0 && examples[i].signalled ? [leastOk[i]] : [])).sort((a, b) => a - b);
  const signalCeiling = Math.round(signalCaught[Math.ceil(signalCaught.length * (1 - SIGNAL_MISSES)) - 1] * 1e4) / 1e4;
  const refused = (i: number) => wholeRefused(i) || partsOutOfFold[i] < partThreshold;
  const crossValidation = {
    answerable,
    answerableRefused: encoded.filter((e, i) => e.label === 0 && refused(i)).length,
    toRefuse: encoded.length - answerable,
    toRefuseCaught: encoded.filter((e, i) => e.label !== 0 && refused(i)).length,
    signalledAnswerable: encoded.filter((e, i) => e.label === 0 && examples[i].signalled).length,
    signalledAnswerableSpared: encoded.filter((e, i) => e.label === 0 && examples[i].signalled && leastOk[i] >= signalCeiling).length,
    signalledToRefuse: signalCaught.length,
    signalledToRefuseLost: encoded.filter((e, i) => e.label !== 0 && examples[i].signalled && !refused(i) && leastOk[i] >= signalCeiling).length,
  };
  const all = fit(encoded, vocabularyOf(encoded));
  return { ...all, threshold, englishThreshold, partThreshold, signalCeiling, crossValidation };
}

