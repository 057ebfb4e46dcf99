// What a missing address answers: 301 to where it went, 410 with a note when it was removed on purpose
// (content/redirects.yaml), else 404.
import { redirect } from "@remix-run/node";
import { langFromPathname, localePath } from "~/lib/lang";
import { getContent } from "./load.server";

export interface RemovedPage {
  removed: true;
  date: string;
  note?: string;
  note_en?: string;
}

export function notFound(pathname: string): never {
  const lang = langFromPathname(pathname);
  const bare = pathname.replace(/^\/en(?=\/|$)/, "") || "/";
  const entry = getContent().redirects.find((r) => r.from === bare.replace(/\/+$/, "") || r.from === bare);
  if (entry?.to) throw redirect(localePath(lang, entry.to), 301);
  if (entry) throw Response.json({ removed: true, date: entry.date, note: entry.note, note_en: entry.note_en } satisfies RemovedPage, { status: 410 });
  throw new Response("Not Found", { status: 404 });
}

/** Old anchor ids on plan pages and where they went (null when removed), for links made before a change. */
export function movedAnchors(): Record<string, string | null> {
  return Object.fromEntries(getContent().redirects.filter((r) => !r.from.startsWith("/")).map((r) => [r.from, r.to ?? null]));
}
