// Keeps the HTML of static regions (see static-html.ts) per content version, cut from whole rendered pages.
import type { StaticHtmlStore } from "./static-html";
import { endMark } from "./static-html";
import { Lru } from "./lru";

const kept = new Lru<string, string>(200);

/** One page's view of the kept regions; `renderedFresh` tells whether the page has any to keep. */
export interface PageStaticHtml extends StaticHtmlStore {
  renderedFresh: boolean;
}

export function staticHtmlStore(version: string): PageStaticHtml {
  const store: PageStaticHtml = {
    renderedFresh: false,
    get(key) {
      const html = kept.get(`${version}|${key}`);
      if (html === undefined) store.renderedFresh = true;
      return html;
    },
  };
  return store;
}

/** Finds each region the page rendered fresh (not yet kept) and keeps its inner HTML. */
export function keepStaticHtml(html: string, version: string): void {
  for (const match of html.matchAll(/<template data-static-end="([^"]+)"><\/template>/g)) {
    const key = match[1];
    if (kept.has(`${version}|${key}`)) continue;
    const id = key.slice(0, key.indexOf("|"));
    const open = html.lastIndexOf(`<div id="${id}"`, match.index);
    const start = open < 0 ? -1 : html.indexOf(">", open) + 1;
    if (start <= 0) continue;
    kept.set(`${version}|${key}`, html.slice(start, match.index + endMark(key).length));
  }
}
