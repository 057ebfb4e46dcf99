import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
for (const url of process.argv.slice(2)) {
  const r = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  const a = r!.lhr.audits;
  console.log(url, r!.lhr.categories.performance.score, "TBT", a["total-blocking-time"].numericValue, "LCP", a["largest-contentful-paint"].numericValue);
  for (const i of (a["mainthread-work-breakdown"].details as any).items) console.log("  ", i.groupLabel, Math.round(i.duration));
  for (const i of ((a["bootup-time"].details as any).items ?? []).slice(0, 6)) console.log("  boot", i.url.slice(-40), Math.round(i.total), Math.round(i.scripting), Math.round(i.scriptParseCompile));
  const lt = (a["long-tasks"]?.details as any)?.items ?? [];
  for (const i of lt.slice(0, 8)) console.log("  long", i.url?.slice(-40), Math.round(i.duration), Math.round(i.startTime));
}
chrome.kill();
