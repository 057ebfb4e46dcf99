// The address of the page's enhancement script (app/enhance/page.ts), from the manifest its build writes
// (vite.enhance.config.ts). Read once in production; in development the script is rebuilt on save, so the
// manifest is read for every page.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ENHANCEMENT_ENTRY, ENHANCEMENT_MANIFEST, enhancementClientDir } from "./enhancement-paths";

function read(): string | undefined {
  const path = resolve(join(enhancementClientDir(import.meta.env.DEV), ENHANCEMENT_MANIFEST));
  // Only in development, before its first build has finished: the page works without it.
  if (!existsSync(path)) return undefined;
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, { file: string }>;
  const entry = manifest[ENHANCEMENT_ENTRY];
  if (!entry) throw new Error(`${path} has no ${ENHANCEMENT_ENTRY}`);
  return `/${entry.file}`;
}

let cached: string | undefined;
export function enhancementScript(): string | undefined {
  if (import.meta.env.DEV) return read();
  return (cached ??= read());
}
