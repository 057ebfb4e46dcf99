import { chromium } from "@playwright/test";
const [,, url, out, width = "1280", js = "1"] = process.argv;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, javaScriptEnabled: js === "1" });
await p.goto(url);
await p.screenshot({ path: out, fullPage: false });
await b.close();
