// The learned safety classifier is data, not hand-tuning: the committed model is exactly what the committed
// training questions train, and the threshold keeps its promise on them out of fold.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifySafety, safetyScores } from "../../app/assistant/safety-model.server";
import { safetyFeatures } from "../../app/assistant/safety-features";
import { trainingSet } from "../../support/safety/data";
import { train } from "../../support/safety/train";

describe("the learned safety classifier", () => {
  it("is the model the committed training data trains (npm run safety:train)", () => {
    const committed = JSON.parse(readFileSync("app/assistant/safety-model.json", "utf8"));
    expect(JSON.parse(JSON.stringify(train(trainingSet())))).toEqual(committed);
  }, 120_000);

  it("refuses at most 1 in 100 answerable training questions out of fold, and catches most requests to refuse", () => {
    const { crossValidation: cv } = JSON.parse(readFileSync("app/assistant/safety-model.json", "utf8"));
    expect(cv.answerableRefused / cv.answerable).toBeLessThanOrEqual(0.01);
    expect(cv.toRefuseCaught / cv.toRefuse).toBeGreaterThan(0.6);
  });

  it("reads traditional characters and full-width letters as their plain forms", () => {
    expect(safetyFeatures("殘疾")).toEqual(safetyFeatures("残疾"));
    expect(safetyFeatures("ＡＢＣ")).toEqual(safetyFeatures("abc"));
  });

  it("gives probabilities that sum to one, and a label for every question", () => {
    const scores = safetyScores("问一个问题");
    expect(Object.values(scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(["ok", "injection", "harm", "third_party", "off_topic"]).toContain(classifySafety("问一个问题"));
  });
});
