// The LLM path against a local OpenAI-compatible stub (the only stub the project allows): whatever the
// model does, the person gets a safe, cited answer.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "~/assistant/pipeline.server";
import { loadContent } from "~/model/load.server";
import { searchInput } from "~/lib/search-documents";
import { searchForVersion, startBackend } from "../../search/setup.server";

type Behaviour = "good" | "unknown-source" | "invented-number" | "malformed" | "hang" | "http-500" | "echo-question";
let behaviour: Behaviour = "good";
let requests: { model: string; temperature: number; response_format: { type: string }; messages: { content: string }[] }[] = [];
let stub: Server;
let baseURL: string;

function completion(content: string) {
  return JSON.stringify({
    id: "stub",
    object: "chat.completion",
    created: 0,
    model: "stub",
    choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content } }],
  });
}

beforeAll(async () => {
  stub = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      const request = JSON.parse(body);
      requests.push(request);
      // The first source as the model sees it, and a figure from it.
      const s1 = /\[S1\][^\n]*\n([^\n]*)/.exec(request.messages[1].content)?.[1] ?? "";
      const figure = /\d+(?:\.\d+)?%?/.exec(s1)?.[0] ?? "";
      const reply = (answer: object) => {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(completion(JSON.stringify(answer)));
      };
      switch (behaviour) {
        case "good":
          return reply({ answer: `规划里写的数字是 ${figure}。现行规定请拨打 12345。`, completeness: "complete", sources: ["S1"] });
        case "unknown-source":
          return reply({ answer: "规划要求落实这项补贴。", completeness: "complete", sources: ["S9"] });
        case "invented-number":
          return reply({ answer: "每月发放 873 元。", completeness: "complete", sources: ["S1"] });
        case "malformed":
          res.writeHead(200, { "Content-Type": "application/json" });
          return res.end(completion("this is not json {"));
        case "hang":
          return; // never answers
        case "echo-question": {
          // A model that answers only the question line it is given, knowing nothing of any earlier turn.
          const asked = /Question: (.*)$/s.exec(request.messages[1].content)?.[1] ?? "";
          return reply({ answer: `您问的是${asked}。请拨打 12345。`, completeness: "partial", sources: ["S1"] });
        }
        case "http-500":
          res.writeHead(500, { "Content-Type": "application/json" });
          return res.end(JSON.stringify({ error: { message: "boom" } }));
      }
    });
  });
  await new Promise<void>((r) => stub.listen(0, "127.0.0.1", () => r()));
  baseURL = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/v1`;
});

afterAll(() => {
  stub.closeAllConnections();
  stub.close();
});

process.env.SEARCH_ENGINE = "embedded";
const search = searchForVersion(searchInput(loadContent()), startBackend(() => {}), { log: () => {} }).service;
const QUESTION = "重度残疾人护理补贴的覆盖率目标是多少？";

async function run(b: Behaviour, question = QUESTION, previous?: string) {
  behaviour = b;
  requests = [];
  const started = Date.now();
  const result = await ask(question, "zh-CN", { search, llm: { apiKey: "test-key", baseURL, model: "stub-model", timeoutMs: 1000 } }, previous);
  return { result, ms: Date.now() - started };
}

describe("LLM composition through an OpenAI-compatible endpoint", () => {
  it("a good structured answer is used, at temperature 0, citing only retrieved sources", async () => {
    const { result } = await run("good");
    expect(result.mode).toBe("llm");
    expect(result.status).toBe("answered");
    expect(result.answer).toContain("12345");
    expect(result.citations.length).toBe(1);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ model: "stub-model", temperature: 0, response_format: { type: "json_schema" } });
    // The sources go to the model as tokens; the question too, and nothing else about the person.
    expect(requests[0].messages[1].content).toContain("[S1]");
  });

  it("the model is asked a follow-up as it was read with the previous question, and the reply says so", async () => {
    const { result } = await run("echo-question", "那生活补贴呢？", QUESTION);
    // The model never sees the turn before; it is given the question as read, which names the subject.
    expect(requests[0].messages[1].content).toMatch(/Question: [^\n]*生活补贴[^\n]*覆盖率/);
    expect(result.mode).toBe("llm");
    expect(result.answer.startsWith("接着您上一个问题，我理解您问的是：")).toBe(true);
  });

  it("scope, safety and 'not given' are decided before the model: such questions never reach it", async () => {
    for (const question of ["怎么骗取残疾人补贴", "杭州明天会下雨吗?", "困难残疾人生活补贴每个月发多少钱"]) {
      const { result } = await run("good", question);
      expect(["refused", "not_covered"], question).toContain(result.status);
      expect(requests, question).toHaveLength(0);
    }
  });

  for (const b of ["unknown-source", "invented-number", "malformed", "http-500", "hang"] as const) {
    it(`${b}: falls back to the extractive, cited answer`, async () => {
      const { result, ms } = await run(b);
      expect(result.mode).toBe("extractive");
      expect(["answered", "partial"]).toContain(result.status);
      expect(result.citations.length).toBeGreaterThan(0);
      expect(result.answer).not.toContain("873");
      // The model's timeout bounds the wait (1 s in this test; 15 s by default).
      expect(ms).toBeLessThan(5000);
    });
  }
});
