// Two app processes behind one (imagined) proxy, sharing one Meilisearch and one SESSION_SECRET, as
// docs/deployment.md describes: what a person started on one continues on the other, and the question limit
// counts per process (as documented). Publishing to both is tests/integration/publishing.test.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type SiteProcess } from "../../support/site-process";
import { startBundledMeilisearch, type RunningMeilisearch } from "../../search/lifecycle.server";

const SECRET = "two-instances-test-secret-0123456789abcdef";
let meili: RunningMeilisearch;
let a: SiteProcess;
let b: SiteProcess;
const temporary: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

beforeAll(async () => {
  meili = await startBundledMeilisearch({ dataDir: tempDir("shared-meili-") });
  const env = { MEILI_URL: meili.url, MEILI_API_KEY: meili.apiKey, SESSION_SECRET: SECRET, OPENAI_API_KEY: "", ASK_RATE_LIMIT: "1" };
  // The first process indexes the shared Meilisearch; the second finds the index current.
  a = await startSite({ ...env, DATA_DIR: tempDir("site-a-") }, "meilisearch");
  b = await startSite({ ...env, DATA_DIR: tempDir("site-b-") }, "meilisearch");
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await meili?.stop();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** The cookie a response sets, as a request header. */
const cookieFrom = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

describe("two app processes, one Meilisearch", () => {
  it("a finder answer given on one continues on the other", async () => {
    const answered = await fetch(`${a.url}/finder/role`, { method: "POST", body: new URLSearchParams({ role: "family" }), redirect: "manual" });
    expect(answered.status).toBe(302);
    const next = await fetch(`${b.url}/finder/age`, { headers: { Cookie: cookieFrom(answered) }, redirect: "manual" });
    expect(next.status).toBe(200);
    // Without the answer the age question would not apply yet; with it, B asks it.
    expect(await next.text()).toContain("残疾人的年龄是多少？");
    const check = await fetch(`${b.url}/finder/check`, { headers: { Cookie: cookieFrom(answered) }, redirect: "manual" });
    expect(check.headers.get("location") ?? "").toContain("/finder/age");
  });

  it("a conversation started on one continues on the other", async () => {
    const asked = await fetch(`${a.url}/ask`, { method: "POST", body: new URLSearchParams({ question: "残疾人坐公交要钱吗？" }), redirect: "manual" });
    expect(asked.status).toBe(302);
    const page = await (await fetch(`${b.url}/ask`, { headers: { Cookie: cookieFrom(asked) } })).text();
    expect(page).toContain("残疾人坐公交要钱吗？");
    expect(page).toContain("免费乘坐市内公共交通");
  }, 30_000);

  it("limits questions per process, as documented", async () => {
    // One resident (the proxy on loopback is trusted, so its X-Forwarded-For is the client), limit 1 a minute.
    const ask = (site: SiteProcess) =>
      fetch(`${site.url}/api/ask`, { method: "POST", headers: { "Content-Type": "application/json", "X-Forwarded-For": "198.51.100.7" }, body: JSON.stringify({ question: "你好" }) });
    expect((await ask(a)).status).toBe(200);
    expect((await ask(a)).status).toBe(429);
    // The other process keeps its own count: behind a proxy spreading requests, up to N times the limit.
    expect((await ask(b)).status).toBe(200);
    expect((await ask(b)).status).toBe(429);
  }, 30_000);

  it("rotates the secret: a process with a new secret first still reads cookies signed with the old one, and signs with the new", async () => {
    const rotated = await startSite(
      { MEILI_URL: meili.url, MEILI_API_KEY: meili.apiKey, SESSION_SECRET: `new-secret-for-rotation-0123456789abcdef,${SECRET}`, OPENAI_API_KEY: "", DATA_DIR: tempDir("site-c-") },
      "meilisearch",
    );
    try {
      const answered = await fetch(`${a.url}/finder/role`, { method: "POST", body: new URLSearchParams({ role: "family" }), redirect: "manual" });
      const onRotated = await fetch(`${rotated.url}/finder/age`, { headers: { Cookie: cookieFrom(answered) }, redirect: "manual" });
      expect(onRotated.status).toBe(200);
      // The rotated process signs with the new secret, which the old-only process does not know.
      const again = await fetch(`${rotated.url}/finder/age`, { method: "POST", headers: { Cookie: cookieFrom(answered) }, body: new URLSearchParams({ age: "18-59" }), redirect: "manual" });
      expect(again.status).toBe(302);
      // The check page sends a person to the first question still unanswered: with a cookie it can read that
      // is the category; without one, the very first question.
      const check = (site: SiteProcess) => fetch(`${site.url}/finder/check`, { headers: { Cookie: cookieFrom(again) }, redirect: "manual" });
      expect((await check(rotated)).headers.get("location")).toMatch(/\/finder\/category$/);
      expect((await check(a)).headers.get("location")).toMatch(/\/finder\/role$/);
    } finally {
      await rotated.stop();
    }
  }, 60_000);
});
