// Content problems reported as `file:line: message`, in Chinese, for editors who are not programmers.
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import type { ZodIssue } from "zod";

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
  /** A warning is reported but does not stop a build (a passed review date). */
  warning?: boolean;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`内容检查发现 ${problems.length} 个问题：\n` + problems.map(formatProblem).join("\n"));
    this.name = "ContentError";
  }
}

/** A parsed YAML file that can say which line any path in it starts on. */
export class YamlSource {
  readonly doc: Document;
  private readonly lines = new LineCounter();
  private readonly rawLines: string[];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true });
    this.rawLines = text.split("\n");
  }

  /**
   * The file line of line `offset` (0-based) inside the string value at `path`: a block value ("key: |")
   * starts on the line after its key.
   */
  lineWithin(path: ReadonlyArray<PropertyKey>, offset: number): number {
    const line = this.lineOf(path);
    const block = /:\s*[|>][-+0-9]*\s*$/.test(this.rawLines[line - 1] ?? "");
    return line + offset + (block ? 1 : 0);
  }

  syntaxProblems(): ContentProblem[] {
    return this.doc.errors.map((e) => ({
      file: this.file,
      line: e.linePos?.[0]?.line ?? 1,
      message: `YAML 格式错误：${e.message.split("\n")[0]}`,
    }));
  }

  /** The line of the deepest node that exists along `path` (a missing key reports its parent). */
  lineOf(path: ReadonlyArray<PropertyKey>): number {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n) as (string | number)[], true);
      if (isNode(node) && node.range) return this.lines.linePos(node.range[0]).line;
    }
    return 1;
  }

  zodProblems(issues: ZodIssue[]): ContentProblem[] {
    return issues.map((issue) => ({ file: this.file, line: this.lineOf(issue.path), message: describeIssue(issue) }));
  }
}

function fieldName(path: ReadonlyArray<PropertyKey>): string {
  const last = [...path].reverse().find((p) => typeof p === "string");
  return last ? String(last) : "（根）";
}

export function describeIssue(issue: ZodIssue): string {
  const where = issue.path.length ? `（位置 ${issue.path.join(".")}）` : "";
  switch (issue.code) {
    case "invalid_type":
      return issue.received === "undefined"
        ? `缺少必填字段“${fieldName(issue.path)}”${where}`
        : `字段“${fieldName(issue.path)}”应为 ${issue.expected}，实际是 ${issue.received}${where}`;
    case "unrecognized_keys":
      return `不认识的字段：${issue.keys.join("、")}${where}（请检查拼写）`;
    case "invalid_union_discriminator":
      return `kind 只能是 ${issue.options.map(String).join("、")}${where}`;
    case "too_small":
      return issue.type === "array"
        ? `“${fieldName(issue.path)}”至少需要 ${String(issue.minimum)} 项${where}`
        : `“${fieldName(issue.path)}”不能为空${where}`;
    default:
      return `${issue.message}${where}`;
  }
}
