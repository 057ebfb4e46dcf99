// The HTTP server: security headers, compression, static files, request log, then the Remix app.
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import type { ContentModel } from "./app/model/plan";
import type { SearchService } from "./search/service.server";
import compression from "compression";
import express from "express";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { cookieSecrets } from "./app/lib/cookies.server";
import { enhancementClientDir } from "./app/lib/enhancement-paths";
import { settings, SettingsError, type Settings } from "./app/lib/settings.server";
import { LiveSite } from "./app/lib/live-site.server";
import { publishAtStart, watchContentInDevelopment } from "./server/content-publishing";
import { startBackend } from "./search/setup.server";
import { PREVIEW_HEADER, adminPreview } from "./server/admin-preview";
import { startScheduledPublishing } from "./server/scheduled-publishing";
import { apiRoutes } from "./server/api-routes";
import { askLimitOptions, askRateLimit, bodyLimit } from "./server/rate-limit";
import { requestLog } from "./server/request-log";
import { assignNonce, nonceFor, permissionsPolicy, securityHeaders } from "./server/security";

if (process.argv.includes("--dev")) process.env.NODE_ENV = "development";
// Every setting is checked before anything starts: a bad one stops the process with one line naming it.
let config: Settings;
try {
  config = settings();
  cookieSecrets();
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const dev = config.NODE_ENV === "development";
const { PORT: port, HOST: host } = config;

// The content folder is published if it passes every check; otherwise the last version published is served,
// and without one the site does not start (decision 0016).
const checked = publishAtStart();
// Search starts with the embedded engine at once and moves to Meilisearch when its index is ready; a new
// published version is swapped in, content and search together, once it is ready too.
const backend = startBackend();
const live = LiveSite.start(backend, checked);
if (dev) watchContentInDevelopment();
const stopScheduling = startScheduledPublishing();

const viteDevServer = dev
  ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }))
  : undefined;
// The pages' enhancement script is a build of its own (decision 0017); in development it is rebuilt on save.
if (dev) await import("vite").then((vite) => vite.build({ configFile: "vite.enhance.config.ts", mode: "development", build: { watch: {} }, logLevel: "warn" }));

const app = express();
app.disable("x-powered-by");
// Which forwarded client address to believe (TRUST_PROXY): the rate limit counts per client by it.
app.set("trust proxy", config.TRUST_PROXY);
// Each request is answered from the version served when it arrived, whatever is published meanwhile.
app.use((_req, _res, next) => live.run(next));
// Only the preview handler below sets this header; a client cannot.
app.use((req, _res, next) => {
  delete req.headers[PREVIEW_HEADER];
  next();
});
app.use(requestLog());
app.use(assignNonce);
app.use(securityHeaders(dev));
app.use(permissionsPolicy);
app.use(compression());
// Questions: bounded bodies and a per-client rate limit (docs/architecture.md#api-contracts).
const askLimit = askRateLimit(askLimitOptions(config));
for (const path of ["/api/ask", "/ask", "/en/ask"]) app.use(path, bodyLimit(16 * 1024), askLimit);

if (viteDevServer) {
  app.use("/assets", express.static(join(enhancementClientDir(true), "assets")));
  app.use(viteDevServer.middlewares);
} else {
  // Hashed build assets never change: cache them for a year. Everything else for an hour.
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  // Only paths under what build/client holds reach the file server: for every other request (pages, the
  // API) it looked for a file that is not there, a disk access each time (9 % of /api/search's time).
  const publicFiles = express.static("build/client", { maxAge: "1h" });
  const publicEntries = new Set(readdirSync("build/client"));
  app.use((req, res, next) => (publicEntries.has(req.path.split("/")[1] ?? "") ? publicFiles(req, res, next) : next()));
}

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
  : ((await import(pathToFileURL(resolve("build/server/index.js")).href)) as ServerBuild);

const loadContext = (req: express.Request, res: express.Response) => ({
  cspNonce: nonceFor(res),
  // As express reads it behind TRUST_PROXY: /admin sign-ins are limited per address.
  clientAddress: req.ip ?? "",
  search: live.snapshot().search.service,
  // Runs a step (the review page's question) on a draft's content and its own search (server/admin-preview.ts).
  preview: <T>(content: ContentModel, fn: (search: SearchService) => T): T => live.preview(content, (snapshot) => fn(snapshot.search.service)),
  rateLimitedSeconds: typeof res.locals.rateLimitedSeconds === "number" ? res.locals.rateLimitedSeconds : undefined,
});

// The JSON API without Remix's router in production (server/api-routes.ts).
if (typeof build !== "function") for (const [path, handler] of Object.entries(apiRoutes(build, loadContext))) app.all(path, handler);

const remix = createRequestHandler({ build, getLoadContext: loadContext });
app.use(["/admin/preview/:draft", "/en/admin/preview/:draft"], adminPreview(live, remix));
app.all("*", remix);

const server = app.listen(port, host, () => {
  console.log(`杭州残疾人服务指南 listening on http://${host}:${port}${dev ? " (development)" : ""}`);
  // The server build reads and checks the content on its first request (about 0.6 s): pay that now, not
  // on the first visitor's page.
  if (!dev) void fetch(`http://${host.includes(":") ? `[${host}]` : host}:${port}/`).catch(() => undefined);
});

// Idle keep-alive connections stay open longer than a proxy's or client's (Node's default is 5 s): a client
// reusing a connection the server has just closed gets "other side closed" instead of a page.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

// Finish in-flight requests, stop the Meilisearch child, then exit; a second signal exits at once.
let stopping = false;
function shutdown(signal: string) {
  if (stopping) process.exit(1);
  stopping = true;
  console.log(`${signal} received: closing`);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Kept-alive connections close as soon as their request in flight is answered.
  server.closeIdleConnections();
  setInterval(() => server.closeIdleConnections(), 100).unref();
  live.stop();
  stopScheduling();
  void Promise.all([closed, backend.stop()]).then(() => process.exit(0));
  setTimeout(() => process.exit(1), 15_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
