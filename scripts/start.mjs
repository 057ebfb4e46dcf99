// `npm start`: build when the code changed since the last build, then serve the production build: plain
// JavaScript (build/node/server.js), no TypeScript loader. Content is not part of the build: the server
// publishes it at start, and `npm run publish` swaps it on the running site (decision 0016).
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const INPUTS = ["app", "public", "server", "search", "server.ts", "vite.config.ts", "vite.server.config.ts", "package-lock.json"];
const STAMP = "build/.source-hash";

function hashTree(path, hash) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) hashTree(join(path, name), hash);
  } else {
    hash.update(path).update(readFileSync(path));
  }
}

const hash = createHash("sha256");
for (const input of INPUTS) hashTree(input, hash);
const sourceHash = hash.digest("hex");

const built = existsSync("build/server/index.js") && existsSync("build/node/server.js") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === sourceHash;
if (!built) {
  console.log("Sources changed since the last build: building…");
  execSync("npm run build", { stdio: "inherit" });
  writeFileSync(STAMP, sourceHash);
}

process.env.NODE_ENV = "production";
await import("../build/node/server.js");
