// Whole pages for anonymous reading, rendered once per content version and sent again as HTML. A plan chapter
// took most of its server time in React rendering the same page again (docs/performance.md). What a page
// shows depends only on its address, the content version and the display choices, as long as the request
// carries nothing of the person: no query string (a search or a question), no cookie but the display one
// (finder answers, the conversation), a GET answered 200 with no cookie set. Only such pages are kept, so
// nothing anyone typed is ever held here. The CSP nonce differs per response: it is cut out when a page is
// kept and the response's own nonce is put back.
import type { EntryContext } from "@remix-run/node";
import { Lru } from "./lru";
import { settings } from "./settings.server";

const MAX_PAGES = settings().PAGE_CACHE_SIZE;
const pages = new Lru<string, string[]>(MAX_PAGES);

/** The page's key when it may be kept or served from what was kept, else undefined. */
export function pageKey(request: Request, context: EntryContext, status: number, headers: Headers, version: string | undefined, day: string): string | undefined {
  if (!version || MAX_PAGES <= 0 || request.method !== "GET" || status !== 200 || headers.has("Set-Cookie")) return undefined;
  // A reviewer's preview of a draft (server/admin-preview.ts) is never kept.
  if (request.headers.has("x-admin-preview")) return undefined;
  // A page that reads state outside the content version (the publish history of /changes) says not to store it.
  if (headers.get("Cache-Control")?.includes("no-store")) return undefined;
  const url = new URL(request.url);
  if (url.search) return undefined;
  const cookies = request.headers.get("Cookie");
  if (cookies && cookies.split(";").some((c) => c.trim().split("=")[0] !== "display")) return undefined;
  const { actionData, errors, loaderData } = context.staticHandlerContext;
  if (actionData || errors) return undefined;
  // The display choices as the root loader read them (normalised), not the raw cookie.
  const display = JSON.stringify((loaderData.root as { preferences?: unknown } | undefined)?.preferences ?? null);
  // The day is part of the key: a page states its document's status for the day it is made, so a page kept
  // yesterday is never sent today.
  return `${version}\u0000${day}\u0000${url.host}\u0000${url.pathname}\u0000${display}`;
}

/** The kept page with this response's nonce, if there is one. */
export function keptPage(key: string, nonce: string): string | undefined {
  return pages.get(key)?.join(nonce);
}

export function keepPage(key: string, html: string, nonce: string): void {
  if (nonce && !pages.has(key)) pages.set(key, html.split(nonce));
}
