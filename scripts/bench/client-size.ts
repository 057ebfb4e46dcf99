// Client JS and CSS per route, gzip, from the production build's Remix manifest: what a first visit to that
// route downloads before it is interactive (entry, root, the route module and their imports, and the page
// language's strings, which load before hydration).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

interface ManifestModule {
  module: string;
  imports?: string[];
  css?: string[];
}

const CLIENT = "build/client";

export interface RouteSize {
  route: string;
  jsGzipKb: number;
  cssGzipKb: number;
}

const gz = (path: string) => gzipSync(readFileSync(join(CLIENT, path))).length;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export function clientSizes(routeIds: string[]): RouteSize[] {
  const assets = readdirSync(join(CLIENT, "assets"));
  const manifestFile = assets.find((f) => /^manifest-.*\.js$/.test(f))!;
  const text = readFileSync(join(CLIENT, "assets", manifestFile), "utf8");
  const manifest = JSON.parse(text.replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, "")) as { entry: ManifestModule; routes: Record<string, ManifestModule> };
  const locale = assets.find((f) => /^zh-CN-.*\.js$/.test(f));
  return routeIds.map((id) => {
    const route = manifest.routes[id];
    if (!route) throw new Error(`route ${id} is not in the client manifest`);
    const parts = [manifest.entry, manifest.routes.root, route];
    const js = new Set([...parts.flatMap((p) => [p.module, ...(p.imports ?? [])]), ...(locale ? [`/assets/${locale}`] : [])]);
    // The site's stylesheet is linked by root (app/styles/main.css), so it is on every page.
    const css = new Set([...parts.flatMap((p) => p.css ?? []), ...assets.filter((f) => f.endsWith(".css")).map((f) => `/assets/${f}`)]);
    return { route: id.replace(/^routes\//, ""), jsGzipKb: kb([...js].reduce((s, f) => s + gz(f), 0)), cssGzipKb: kb([...css].reduce((s, f) => s + gz(f), 0)) };
  });
}
