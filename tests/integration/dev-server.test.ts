// The development server (`npm run dev`) publishes the content folder again when a file in it is saved: the
// page and search show the edit without a restart; an invalid edit is reported in Chinese, file:line, and the
// last good version goes on serving (decision 0016). The waits only catch hangs; nothing here is timed.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../search/lifecycle.server";
import { copyContent, edit, writeContent } from "../unit/content-fixture";

const FILE = "subsidies/care-allowance.yaml";
const OLD = "这是给重度残疾人的护理补贴。";
const NEW = "这是发给重度残疾人的护理补贴。";
// A word nobody typed before: search finds the care allowance by it only once the edit is published.
const NEW_WORD = "晴川卡";

/** Polls until `check` holds, for at most a minute (a hang, not a slow save, fails the test). */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error("the development server did not show the change within a minute");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("the development server", () => {
  const copy = copyContent();
  const contentDir = writeContent(copy);
  const dataDir = mkdtempSync(join(tmpdir(), "dev-data-"));
  let child: ChildProcess;
  let url = "";
  let output = "";

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ["--import", "tsx", "server.ts", "--dev"], {
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", CONTENT_DIR: contentDir, DATA_DIR: dataDir, SEARCH_ENGINE: "embedded", OPENAI_API_KEY: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    await eventually(async () => (await fetch(`${url}/subsidies/care-allowance`)).ok);
  }, 90_000);
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    for (const dir of [contentDir, dataDir]) rmSync(dir, { recursive: true, force: true });
  });

  const page = async () => (await fetch(`${url}/subsidies/care-allowance`)).text();
  const searchFinds = async (q: string) => {
    const result = (await (await fetch(`${url}/api/search?q=${encodeURIComponent(q)}`)).json()) as { exact: boolean; hits: { id: string }[] };
    return result.exact && result.hits[0]?.id === "care-allowance";
  };

  it("shows a saved edit in the page and in search, without a restart", async () => {
    expect(await page()).toContain(OLD);
    expect(await searchFinds(NEW_WORD)).toBe(false);
    edit(copy, FILE, `summary: ${OLD}`, `summary: ${NEW}`);
    edit(copy, FILE, "said: [护理费,", `said: [${NEW_WORD}, 护理费,`);
    writeContent(copy, contentDir);
    await eventually(async () => (await page()).includes(NEW));
    await eventually(() => searchFinds(NEW_WORD));
  }, 90_000);

  it("reports an invalid edit in Chinese and goes on serving the last good version", async () => {
    edit(copy, FILE, "    unit: task-17", "    unit: task-99");
    writeContent(copy, contentDir);
    await eventually(async () => output.includes("引用的规划单元“task-99”不存在"));
    expect(output).toMatch(/subsidies\/care-allowance\.yaml:\d+: 引用的规划单元“task-99”不存在/);
    const html = await page();
    expect(html).toContain(NEW);
  }, 90_000);
});
