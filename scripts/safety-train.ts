// `npm run safety:train`: trains the learned safety classifier from the labelled questions
// (support/safety/data.ts) and writes app/assistant/safety-model.json, printing its cross-validated figures.
import { readFileSync, writeFileSync } from "node:fs";
import { SAFETY_LABELS } from "../app/assistant/safety-model.server";
import { trainingSet } from "../support/safety/data";
import { train } from "../support/safety/train";

const examples = trainingSet();
const counts = Object.fromEntries(SAFETY_LABELS.map((l) => [l, examples.filter((e) => e.label === l).length]));
const model = train(examples);
const out = "app/assistant/safety-model.json";
writeFileSync(out, `${JSON.stringify(model)}\n`);
const cv = model.crossValidation;
console.log(`trained on ${examples.length} questions: ${JSON.stringify(counts)}`);
console.log(`5-fold cross-validation at threshold ${model.threshold}, English ${model.englishThreshold} (later sentences alone ${model.partThreshold}): ${cv.answerableRefused}/${cv.answerable} answerable refused, ${cv.toRefuseCaught}/${cv.toRefuse} to refuse caught`);
console.log(`hand-written signals refuse below ${model.signalCeiling}: of ${cv.signalledToRefuse} refusals they catch ${cv.signalledToRefuseLost} are left to nothing else; of ${cv.signalledAnswerable} answerable questions they match ${cv.signalledAnswerableSpared} are spared`);
console.log(`${Object.keys(model.weights).length} features, ${(readFileSync(out).length / 1024).toFixed(0)} KB → ${out}`);
