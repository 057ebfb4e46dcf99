// Client JS and CSS per page, gzip: what a first visit downloads, read from the page the running site
// serves (its <script src>, modulepreload and stylesheet links) and followed through the enhancement build's
// manifest to every module those import. Also what loads only when used: the ask dialog on the first press
// of 问一问, read-aloud on the first press of 朗读本页 (decision 0017).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ENHANCEMENT_ENTRY, ENHANCEMENT_MANIFEST, enhancementClientDir } from "../../app/lib/enhancement-paths";

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const CLIENT = enhancementClientDir(false);

export interface PageSize {
  page: string;
  jsGzipKb: number;
  cssGzipKb: number;
}

const gz = (path: string) => gzipSync(readFileSync(join(CLIENT, path))).length;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const manifest = () => JSON.parse(readFileSync(join(CLIENT, ENHANCEMENT_MANIFEST), "utf8")) as Record<string, Chunk>;

/** A chunk and every module it imports statically (what the browser fetches before running it). */
function closure(chunks: Record<string, Chunk>, key: string, seen = new Set<string>()): Set<string> {
  const chunk = chunks[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const next of chunk.imports ?? []) closure(chunks, next, seen);
  return seen;
}

export async function clientSizes(siteUrl: string, pages: string[]): Promise<PageSize[]> {
  const chunks = manifest();
  const byFile = new Map(Object.entries(chunks).map(([key, c]) => [c.file, key]));
  const out: PageSize[] = [];
  for (const page of pages) {
    const html = await (await fetch(siteUrl + page)).text();
    const attr = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1].replace(/^\//, ""));
    const js = new Set<string>();
    for (const file of [...attr(/<script[^>]*\ssrc="([^"]+)"/g), ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)]) {
      const key = byFile.get(file);
      if (key) closure(chunks, key, js);
      else js.add(file);
    }
    const css = new Set(attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g));
    out.push({ page, jsGzipKb: kb([...js].reduce((s, f) => s + gz(f), 0)), cssGzipKb: kb([...css].reduce((s, f) => s + gz(f), 0)) });
  }
  return out;
}

/** What the enhancement script loads only when a part is first used, by part (gzip KB, with its imports). */
export function onDemandSizes(): { part: string; jsGzipKb: number }[] {
  const chunks = manifest();
  return (chunks[ENHANCEMENT_ENTRY]?.dynamicImports ?? []).map((key) => {
    const files = closure(chunks, key);
    // The dialog's strings are one language's chunk, loaded with it: counted once, for the larger language.
    const strings = (chunks[key].dynamicImports ?? []).map((k) => gz(chunks[k].file));
    return { part: key, jsGzipKb: kb([...files].reduce((s, f) => s + gz(f), 0) + (strings.length ? Math.max(...strings) : 0)) };
  });
}
