// POST /api/ask on the running site: the contract, its limits, the rate limiter, and privacy of questions.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type SiteProcess } from "../../support/site-process";
import { sharedSite, type SharedSite } from "./shared-services";

// The contract and privacy on the shared site (no limit on questions); the limiter on a site of its own.
let site: SharedSite;
const QUESTION = "残疾人坐公交车免费吗？我的问题很独特-隐私测试";

beforeAll(async () => {
  site = await sharedSite();
}, 120_000);

const post = (body: string, headers: Record<string, string> = { "Content-Type": "application/json" }, url = site.url) =>
  fetch(`${url}/api/ask`, { method: "POST", headers, body });

/**
 * The site's output once it has logged everything asked before this call: it waits for the log line of a
 * request to a fresh address sent now (the log is written in order). The cap only catches a hang.
 */
async function outputAfterRequests(): Promise<string> {
  const marker = `/api/log-marker-${randomUUID()}`;
  await fetch(site.url + marker);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const output = await site.output();
    if (output.includes(marker)) return output;
    if (Date.now() > deadline) throw new Error(`the site did not log ${marker}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("POST /api/ask", () => {
  it("answers with the contract: status, answer, mode, citations with quote and full text, 12345 handoff", async () => {
    const res = await post(JSON.stringify({ question: QUESTION }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(["answer", "citations", "handoff", "mode", "status"]);
    expect(body.mode).toBe("extractive");
    expect(["answered", "partial"]).toContain(body.status);
    expect(body.handoff).toMatchObject({ phone: "12345" });
    for (const c of body.citations) {
      expect(Object.keys(c).sort()).toEqual(["document", "id", "quote", "text", "title", "url"]);
      expect(Object.keys(c.document).sort()).toEqual(["id", "status", "title"]);
      expect(c.url).toMatch(new RegExp(`#${c.id}$`));
    }
    expect(body.citations.some((c: { text: string }) => c.text.includes("免费乘坐市内公共交通"))).toBe(true);
  });

  it("refuses personal data without processing it, and never logs questions", async () => {
    expect((await post(JSON.stringify({ question: QUESTION }))).status).toBe(200);
    const body = await (await post(JSON.stringify({ question: "我的身份证号是330102199001011234，能领补贴吗" }))).json();
    expect(body.status).toBe("refused");
    expect(body.answer).toContain("个人信息");
    expect(body.citations).toEqual([]);
    const output = await outputAfterRequests();
    expect(output).toContain("POST /api/ask 200");
    expect(output).not.toContain("330102199001011234");
    expect(output).not.toContain("隐私测试");
    // What is kept: counts by status, nothing else.
    const health = await (await fetch(`${site.url}/healthz`)).json();
    expect(health.ask.refused).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(health)).not.toContain("身份证");
  });

  it("400 for empty, non-string and over-300-character questions; 413 over 16 KB", async () => {
    const cases: [string, number, string][] = [
      [JSON.stringify({ question: "" }), 400, "empty_question"],
      [JSON.stringify({ question: 42 }), 400, "bad_parameter"],
      [JSON.stringify({ question: "问".repeat(301) }), 400, "question_too_long"],
      ["not json", 400, "bad_parameter"],
      [JSON.stringify({ question: "x".repeat(20_000) }), 413, "body_too_large"],
      // The previous question has the question's limits.
      [JSON.stringify({ question: "那生活补贴呢？", previous: 42 }), 400, "bad_parameter"],
      [JSON.stringify({ question: "那生活补贴呢？", previous: "问".repeat(301) }), 400, "previous_too_long"],
    ];
    for (const [body, status, code] of cases) {
      const res = await post(body);
      expect(res.status, code).toBe(status);
      expect((await res.json()).error.code).toBe(code);
    }
  });

});

describe("POST /api/ask with the previous question", () => {
  const ask = async (question: string, previous?: string) => (await post(JSON.stringify(previous === undefined ? { question } : { question, previous }))).json();

  it("reads a follow-up with it, and says how it read it", async () => {
    const reply = await ask("那护理补贴呢？", "困难残疾人生活补贴的覆盖率目标是多少");
    expect(reply.answer).toMatch(/^接着您上一个问题，我理解您问的是：“[^”]*护理补贴[^”]*覆盖率/);
    expect(reply.answer).toContain("99%");
  });

  it("leaves a question that stands on its own as it is", async () => {
    const alone = await ask("盲人按摩机构有什么扶持");
    const after = await ask("盲人按摩机构有什么扶持", "困难残疾人生活补贴的覆盖率目标是多少");
    expect(after.answer).toBe(alone.answer);
  });

  it("refuses personal data in the previous question as in the question, and keeps neither", async () => {
    const reply = await ask("那护理补贴呢？", "我的身份证号是 330106198507153216，生活补贴发了吗");
    expect(reply.status).toBe("refused");
    expect(reply.answer).toContain("身份证号");
    expect(await outputAfterRequests()).not.toContain("330106198507153216");
  });

  it("answers an empty previous question as if none was sent", async () => {
    const none = await ask("残疾人之家是什么");
    const empty = await ask("残疾人之家是什么", "  ");
    expect(empty.answer).toBe(none.answer);
  });
});

describe("the limit on questions (a site of its own, ASK_RATE_LIMIT=6)", () => {
  let limitedSite: SiteProcess;
  beforeAll(async () => {
    limitedSite = await startSite({ SEARCH_ENGINE: "embedded", ASK_RATE_LIMIT: "6", OPENAI_API_KEY: "" }, "embedded");
  }, 90_000);
  afterAll(async () => limitedSite?.stop());

  it("past the limit, 429 with Retry-After", async () => {
    let limited: Response | undefined;
    for (let i = 0; i < 10 && !limited; i++) {
      const res = await post(JSON.stringify({ question: "无障碍改造" }), undefined, limitedSite.url);
      if (res.status === 429) limited = res;
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited!.json()).error.code).toBe("rate_limited");
  });
});
