// Layers point one way (issue 13): app/routes → app/components and the logic (app/lib, app/model,
// app/assistant, search/) → content. Reads the import lines of every source file and names each one that
// points the wrong way, as file:line.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SOURCE = /\.(?:ts|tsx|mts|js|mjs|cjs)$/;
const SKIP = new Set(["node_modules", ".git", "build", "public", ".cache"]);

interface Rule {
  /** Folders (with a trailing slash) whose files the rule holds for. */
  from: string[];
  /** Folders those files must not import. */
  not: string[];
  why: string;
}

const LOGIC = ["app/model/", "app/lib/", "app/assistant/", "app/admin/", "search/"];

const RULES: Rule[] = [
  { from: LOGIC, not: ["app/components/", "app/routes/"], why: "logic must not import UI: a shared type goes in the lowest layer that needs it" },
  { from: ["app/components/"], not: ["app/routes/"], why: "components must not import routes" },
  { from: [...LOGIC, "app/components/", "app/routes/"], not: ["app/enhance/"], why: "the page's enhancement script is an entry point of its own (decision 0017): nothing on the server imports it" },
  { from: ["app/model/"], not: ["search/"], why: "the model must not import search: declare the shape it needs on the model side" },
  { from: ["search/"], not: ["app/model/"], why: "search must not import the model: take a structural type, or join them in lib or scripts" },
  { from: ["scripts/"], not: ["tests/"], why: "scripts must not import tests: shared helpers live in support/" },
  { from: ["tests/"], not: ["scripts/"], why: "tests must not import scripts: shared helpers live in support/" },
  { from: ["support/"], not: ["scripts/", "tests/"], why: "support/ is what scripts and tests share, so it imports neither" },
];

/**
 * Imports still pointing the wrong way, each with why it is not fixed yet. The test fails when one of these
 * is gone, so the list only shrinks.
 */
const KNOWN: { file: string; target: string; why: string }[] = [];

interface Import {
  file: string;
  line: number;
  specifier: string;
  /** Path from the project root without extension ("app/model/plan"); undefined for packages. */
  target?: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return SOURCE.test(name) ? [full] : [];
  });
}

// Static imports and re-exports (over several lines too), bare imports, and import("…") (dynamic or in a type).
const IMPORT_FORMS = [
  /\b(?:import|export)\s+(?:type\s+)?[\w\s{},*$]*?\bfrom\s*["']([^"']+)["']/g,
  /\bimport\s*["']([^"']+)["']/g,
  /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
];

function importsOf(full: string): Import[] {
  const file = relative(ROOT, full).split("\\").join("/");
  const text = readFileSync(full, "utf8");
  return IMPORT_FORMS.flatMap((form) =>
    [...text.matchAll(form)].map((m) => {
      const specifier = m[1];
      const line = text.slice(0, m.index! + m[0].length).split("\n").length;
      const target = specifier.startsWith("~/")
        ? posix.join("app", specifier.slice(2))
        : specifier.startsWith(".")
          ? posix.join(posix.dirname(file), specifier)
          : undefined;
      return { file, line, specifier, target: target?.replace(/\.(?:tsx?|mjs|js)$/, "") };
    }),
  );
}

const inFolder = (path: string, folder: string) => path.startsWith(folder) || path === folder.slice(0, -1);

function brokenRule(imp: Import): Rule | undefined {
  if (!imp.target) return undefined;
  return RULES.find((r) => r.from.some((f) => inFolder(imp.file, f)) && r.not.some((n) => inFolder(imp.target!, n)));
}

const isKnown = (imp: Import) => KNOWN.some((k) => k.file === imp.file && k.target === imp.target);

const imports = sourceFiles(ROOT).flatMap(importsOf);

describe("layers point one way", () => {
  it("reads the import lines it checks", () => {
    // A regular expression that stopped matching would make every rule pass: check it sees known imports.
    const seen = (file: string, target: string) => imports.some((i) => i.file === file && i.target === target);
    expect(imports.length).toBeGreaterThan(300);
    expect(seen("app/routes/($lang).operator.tsx", "app/model/operator.server")).toBe(true);
    expect(seen("search/setup.server.ts", "search/service.server")).toBe(true);
    expect(seen("tests/integration/ask-quality.test.ts", "support/ask-eval")).toBe(true);
  });

  it("no file imports across a rule", () => {
    const offenders = imports.flatMap((imp) => {
      const rule = brokenRule(imp);
      return rule && !isKnown(imp) ? [`${imp.file}:${imp.line} imports "${imp.specifier}" — ${rule.why}`] : [];
    });
    expect(offenders, `Imports that point the wrong way:\n${offenders.join("\n")}\n`).toEqual([]);
  });

  it("every known exception is still needed (remove it from KNOWN once fixed)", () => {
    const stale = KNOWN.filter((k) => !imports.some((imp) => imp.file === k.file && imp.target === k.target && brokenRule(imp)));
    expect(stale.map((k) => `${k.file} → ${k.target}`)).toEqual([]);
  });
});
