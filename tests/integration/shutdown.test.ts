// SIGTERM while a request is in flight: the request completes, the Meilisearch child stops, the process
// exits 0 and nothing is left running.
import { readFileSync, rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startSite } from "../../support/site-process";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The site's child processes (the bundled Meilisearch), from /proc. */
function children(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(/\s+/).filter(Boolean).map(Number);
}

describe("SIGTERM", () => {
  it("finishes the request in flight, stops Meilisearch and exits 0", async () => {
    const dataDir = `.data/shutdown-${process.pid}`;
    const site = await startSite({ OPENAI_API_KEY: "", DATA_DIR: dataDir }, "meilisearch");
    const pid = site.child.pid!;
    const meili = children(pid).filter((c) => readFileSync(`/proc/${c}/cmdline`, "utf8").includes("meilisearch"));
    expect(meili.length).toBe(1);

    // A question whose body is still arriving when the signal comes.
    let send!: (chunk: string) => void;
    let end!: () => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        send = (chunk) => controller.enqueue(new TextEncoder().encode(chunk));
        end = () => controller.close();
      },
    });
    const response = fetch(`${site.url}/api/ask`, { method: "POST", headers: { "Content-Type": "application/json" }, body, duplex: "half" } as RequestInit);
    send('{"question":"残疾人坐公交');
    await new Promise((r) => setTimeout(r, 300));
    site.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 200));
    send('车免费吗？"}');
    end();
    const res = await response;
    expect(res.status).toBe(200);
    expect((await res.json()).answer).toContain("免费");

    // Waits for the exit the first signal started (a second signal would mean "exit now", with code 1).
    const code = await new Promise<number | null>((r) => (site.child.exitCode !== null ? r(site.child.exitCode) : site.child.once("exit", (c) => r(c))));
    expect(code).toBe(0);
    for (let i = 0; i < 50 && alive(meili[0]); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive(meili[0])).toBe(false);
    expect(alive(pid)).toBe(false);
    rmSync(dataDir, { recursive: true, force: true });
  }, 90_000);
});
