// Template text left in place (issue 19): `npm run content:new` and the web editor's new entries start from
// prompts such as 请填写名称. A prompt is not content: one left anywhere in a content file stops the check,
// at its line.
import { isScalar, visit } from "yaml";
import type { ContentProblem, YamlSource } from "./problems";

const PROMPT = /请填写/;

export function checkPlaceholders(files: { source: YamlSource }[], problems: ContentProblem[]): void {
  for (const { source } of files) {
    visit(source.doc, {
      Scalar(_key, node) {
        if (!isScalar(node) || typeof node.value !== "string" || !PROMPT.test(node.value) || !node.range) return;
        const line = source.text.slice(0, node.range[0]).split("\n").length;
        problems.push({ file: source.file, line, message: `模板里的提示文字“${node.value}”还没有换成内容：请填写实际内容，或删去这一项` });
      },
    });
  }
}
