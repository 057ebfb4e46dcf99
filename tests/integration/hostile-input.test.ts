// Hostile and random input against the running site: never a 5xx, always the contract, markup always shown
// as text, and no secret in what browsers download.
import fc from "fast-check";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sharedSite, type SharedSite } from "./shared-services";

let site: SharedSite;

// The shared site: no limit on questions, so every random question is answered or refused on its merits.
beforeAll(async () => {
  site = await sharedSite();
}, 120_000);

// Strings people and attackers send: any Unicode, markup, quotes, control characters, very long ones.
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "%00", "../../etc/passwd", "' OR 1=1 --", "\u0000\u202e", "护理补贴".repeat(60)),
);

describe("/api/search with random input", () => {
  it("never answers 5xx, and answers 200 with the contract or 400 with a code", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), async (q, types, page) => {
        const params = new URLSearchParams({ q, page: String(page) });
        for (const t of types) params.append("type", t);
        const res = await fetch(`${site.url}/api/search?${params}`);
        expect(res.status).toBeLessThan(500);
        const body = await res.json();
        if (res.status === 200) {
          // `suggestion` only when part of the query was read as another word by its sound.
          expect(Object.keys(body).filter((k) => k !== "suggestion").sort()).toEqual(["engine", "exact", "hits", "page", "query", "tookMs", "total"]);
          expect(typeof body.exact).toBe("boolean");
          expect(Array.isArray(body.hits)).toBe(true);
        } else {
          expect(res.status).toBe(400);
          expect(body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe("/api/ask with random input", () => {
  it("never answers 5xx, and answers 200 with the contract or 4xx with a code", async () => {
    const body = fc.oneof(
      text.map((question) => JSON.stringify({ question })),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 50 }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const res = await fetch(`${site.url}/api/ask`, { method: "POST", headers: { "Content-Type": "application/json" }, body: payload });
        expect(res.status).toBeLessThan(500);
        const json = await res.json();
        if (res.status === 200) {
          expect(Object.keys(json).sort()).toEqual(["answer", "citations", "handoff", "mode", "status"]);
          expect(json.handoff).toMatchObject({ phone: "12345" });
        } else {
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(json.error).toMatchObject({ code: expect.any(String) });
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe("markup in input is shown as text wherever it is echoed", () => {
  const attack = '<img src=x onerror="alert(1)">护理补贴';
  for (const path of ["/search?q=", "/operator?q=", "/en/search?q="]) {
    it(path, async () => {
      const html = await (await fetch(`${site.url}${path}${encodeURIComponent(attack)}`)).text();
      expect(html).not.toContain("<img src=x");
      expect(html).toContain("&lt;img src=x onerror=");
    });
  }
  it("/ask (the answer page after posting a question)", async () => {
    const res = await fetch(`${site.url}/ask`, { method: "POST", body: new URLSearchParams({ question: attack }), redirect: "manual" });
    const cookie = res.headers.get("set-cookie")?.split(";")[0] ?? "";
    const html = await (await fetch(`${site.url}/ask`, { headers: { cookie } })).text();
    expect(html).toContain("&lt;img src=x onerror=");
    expect(html).not.toContain("<img src=x");
  });
});

describe("what browsers download", () => {
  it("build/client holds no Meilisearch key, OpenAI key or session secret", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk("build/client");
    const secrets = [/sk-[A-Za-z0-9_-]{20,}/, /MEILI_MASTER_KEY|MEILI_API_KEY|OPENAI_API_KEY|SESSION_SECRET/];
    // The keys this machine actually uses, wherever they are kept.
    for (const dir of [".data", ".data/e2e", ".data/dev"]) {
      for (const file of ["meilisearch-master-key", "session-secret"]) {
        try {
          const value = readFileSync(join(dir, file), "utf8").trim();
          if (value.length >= 16) secrets.push(new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
        } catch {
          // not created on this machine
        }
      }
    }
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const content = readFileSync(file, "latin1");
      for (const secret of secrets) expect(secret.test(content), `${file} matches ${secret}`).toBe(false);
    }
  });
});
