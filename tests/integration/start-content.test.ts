// Starting on invalid content (decision 0016): with no version published before, the server refuses to start
// and prints the problems in Chinese, file:line, and nothing else (no stack trace); with one published, it
// starts and serves that last good version, saying why.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../search/lifecycle.server";
import { startSite } from "../../support/site-process";
import { copyContent, edit, lineOf, writeContent } from "../unit/content-fixture";

const temporary: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const FILE = "subsidies/care-allowance.yaml";
const broken = () => {
  const copy = copyContent();
  edit(copy, FILE, "    unit: task-17", "    unit: task-99");
  return { copy, problem: `${FILE}:${lineOf(copy, FILE, "unit: task-99")}: 引用的规划单元“task-99”不存在` };
};

describe("starting on invalid content", () => {
  it("with nothing published before, the server does not start and prints only the problems, in Chinese", async () => {
    const { copy, problem } = broken();
    const contentDir = writeContent(copy, tempDir("content-"));
    const child = spawn(process.execPath, ["build/node/server.js"], {
      env: { ...process.env, NODE_ENV: "production", SEARCH_ENGINE: "embedded", CONTENT_DIR: contentDir, DATA_DIR: tempDir("data-"), PORT: String(await freePort()) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stdout).not.toContain("listening");
    expect(stderr).toContain(problem);
    expect(stderr).toContain("没有检查通过的内容版本，网站没有启动");
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("with a version published before, it starts on that version and says why", async () => {
    const dataDir = tempDir("data-");
    const good = await startSite({ SEARCH_ENGINE: "embedded", DATA_DIR: dataDir, OPENAI_API_KEY: "" }, "embedded");
    const version = (await (await fetch(`${good.url}/healthz`)).json()).content.version;
    await good.stop();

    const { copy, problem } = broken();
    const site = await startSite({ SEARCH_ENGINE: "embedded", DATA_DIR: dataDir, CONTENT_DIR: writeContent(copy, tempDir("content-")), OPENAI_API_KEY: "" }, "embedded");
    try {
      expect((await (await fetch(`${site.url}/healthz`)).json()).content.version).toBe(version);
      expect((await fetch(`${site.url}/subsidies/care-allowance`)).status).toBe(200);
      expect(site.output()).toContain(problem);
      expect(site.output()).toContain(`网站继续使用上次发布的内容版本 ${version}`);
    } finally {
      await site.stop();
    }
  }, 90_000);
});
