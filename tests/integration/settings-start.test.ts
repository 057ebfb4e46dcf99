// Start-up refuses a bad setting before it listens, with one line naming it; TRUST_PROXY decides whose
// address the question limit counts; Retry-After is the time until the client's window resets.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startSite, type SiteProcess } from "../../support/site-process";
import { freePort } from "../../search/lifecycle.server";

/** Starts the server with `env` and returns how it ended, what it printed on stderr, and whether it listened. */
async function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string; listened: boolean }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["build/node/server.js"], {
    env: { ...process.env, NODE_ENV: "production", DATA_DIR: mkdtempSync(join(tmpdir(), "settings-")), PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  // A process that starts despite the bad setting is stopped once it says it listens (the test then fails).
  child.stdout.on("data", () => stdout.includes("listening") && child.kill("SIGKILL"));
  const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  return { code, stderr, listened: stdout.includes("listening") };
}

describe("a misconfigured variable stops start-up with one line naming it", () => {
  it.each([
    ["a number", { PAGE_CACHE_SIZE: "1O0" }, "PAGE_CACHE_SIZE"],
    ["a limit", { ASK_RATE_LIMIT: "abc" }, "ASK_RATE_LIMIT"],
    ["a choice", { SEARCH_ENGINE: "elastic" }, "SEARCH_ENGINE"],
    ["an address", { PUBLIC_ORIGIN: "guide.example" }, "PUBLIC_ORIGIN"],
    ["a proxy list", { TRUST_PROXY: "everyone" }, "TRUST_PROXY"],
    ["a secret", { SESSION_SECRET: "short" }, "SESSION_SECRET"],
  ])("%s", async (_kind, env, name) => {
    const { code, stderr, listened } = await start(env);
    expect(listened).toBe(false);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(new RegExp(`^Setting ${name} `))]);
  }, 30_000);

  it("an empty or short generated secret file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "settings-"));
    writeFileSync(join(dir, "session-secret"), "\n");
    const { code, stderr, listened } = await start({ DATA_DIR: dir });
    expect(listened).toBe(false);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([expect.stringContaining("session-secret")]);
  }, 30_000);
});

describe("behind a proxy", () => {
  const sites: SiteProcess[] = [];
  afterAll(async () => {
    await Promise.all(sites.map((s) => s.stop()));
  });
  const ask = (site: SiteProcess, client: string) =>
    fetch(`${site.url}/api/ask`, { method: "POST", headers: { "Content-Type": "application/json", "X-Forwarded-For": client }, body: JSON.stringify({ question: "你好" }) });

  it("TRUST_PROXY=1 counts each forwarded client on its own; a Retry-After is the time left in the window", async () => {
    const site = await startSite({ SEARCH_ENGINE: "embedded", OPENAI_API_KEY: "", ASK_RATE_LIMIT: "2", ASK_RATE_WINDOW_MS: "20000", TRUST_PROXY: "1", DATA_DIR: mkdtempSync(join(tmpdir(), "proxy-")) }, "embedded");
    sites.push(site);
    expect((await ask(site, "203.0.113.1")).status).toBe(200);
    expect((await ask(site, "203.0.113.1")).status).toBe(200);
    // Another resident behind the same proxy is not held back by the first.
    expect((await ask(site, "203.0.113.2")).status).toBe(200);
    await new Promise((r) => setTimeout(r, 3000));
    const limited = await ask(site, "203.0.113.1");
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("Retry-After"));
    // At least 3 s of the 20 s window have passed: the header says what is left, not the whole window.
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(17);
  }, 60_000);

  it("a proxy that is not trusted cannot choose the client address: everyone through it shares one count", async () => {
    const site = await startSite({ SEARCH_ENGINE: "embedded", OPENAI_API_KEY: "", ASK_RATE_LIMIT: "2", TRUST_PROXY: "uniquelocal", DATA_DIR: mkdtempSync(join(tmpdir(), "proxy-")) }, "embedded");
    sites.push(site);
    expect((await ask(site, "203.0.113.1")).status).toBe(200);
    expect((await ask(site, "203.0.113.2")).status).toBe(200);
    expect((await ask(site, "203.0.113.3")).status).toBe(429);
  }, 60_000);
});
