// Runs the production site as a child process on a free port, for benchmarks and integration tests.
import { spawn, type ChildProcess } from "node:child_process";
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
  const child = spawn(process.execPath, [...HEAP_FLAGS, "build/node/server.js"], {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
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
