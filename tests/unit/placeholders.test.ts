// Template prompts (请填写…) left in a content file stop content:check at their line (issue 19).
import { describe, expect, it } from "vitest";
import { loadContent } from "~/model/load.server";
import { copyContent, edit, lineOf, problemsOf } from "./content-fixture";

const FILE = "faq/transport.yaml";

describe("template prompts", () => {
  it("stops the check at the line of a prompt left in place of content", () => {
    const copy = copyContent();
    const before = "question: 我住在临安，持证残疾人免费乘车这个政策，全市是不是都一样？";
    const line = lineOf(copy, FILE, before);
    edit(copy, FILE, before, "question: 请填写问题？");
    expect(problemsOf(copy)).toContain(`${FILE}:${line}: 模板里的提示文字“请填写问题？”还没有换成内容：请填写实际内容，或删去这一项`);
  });

  it("finds none in the published content", () => {
    expect(() => loadContent(copyContent())).not.toThrow();
  });
});
