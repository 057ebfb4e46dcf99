// Runs the production site as a child process on a free port, for benchmarks and integration tests.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../search/lifecycle.server";
import { HEAP_FLAGS } from "../server/heap";

export interface SiteProcess {
  url: string;
  child: ChildProcess;
  /** Everything the site printed (its request log included), for tests that check what is logged. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export type Engine = "meilisearch" | "embedded";

export async function waitForEngine(url: string, engine: Engine, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const health = (await (await fetch(`${url}/healthz`)).json()) as { search: { engine: string } };
      if (health.search.engine === engine) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`site at ${url} did not serve search with ${engine} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts the built server (build/node/server.js), with the heap sizes `npm start` uses, and waits until it searches with `engine`. */
export async function startSite(env: Record<string, string>, engine: Engine): Promise<SiteProcess> {
  const port = await freePort();
  let output = "";
  // A data directory of its own unless the caller shares one: it holds the published content versions, and a
  // site publishing its content folder must not swap another test's site to it (decision 0016).
  const ownData = env.DATA_DIR ? undefined : mkdtempSync(join(tmpdir(), "site-data-"));
  const child = spawn(process.execPath, [...HEAP_FLAGS, "build/node/server.js"], {
    env: { ...process.env, ...(ownData ? { DATA_DIR: ownData } : {}), ...env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) =>
    child.once("exit", (code) => {
      if (ownData) rmSync(ownData, { recursive: true, force: true });
      r(code);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForEngine(url, engine);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    url,
    child,
    output: () => output,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
