import express from "express";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { requestLog } from "../../server/request-log";

describe("request log", () => {
  it("records method, path and status but never the query string", async () => {
    const lines: string[] = [];
    const app = express();
    app.use(requestLog((line) => lines.push(line)));
    app.get("/search", (_req, res) => void res.send("ok"));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/search?q=${encodeURIComponent("我的身份证号")}&page=2`);
    await new Promise((r) => setTimeout(r, 20));
    server.close();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ GET \/search 200 \d+\.\dms$/);
    expect(lines[0]).not.toContain("?");
    expect(lines[0]).not.toContain("q=");
    expect(lines[0]).not.toContain(encodeURIComponent("我的身份证号"));
  });
});
