// /sitemap.xml: every published page in both languages, with absolute addresses from the configured
// public origin (never the request's Host header).
import { publicOrigin } from "~/lib/public-origin.server";
import { localePath } from "~/lib/lang";
import { getContent } from "~/model/load.server";
import { publishedPages } from "~/model/site-map";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function loader() {
  const origin = publicOrigin();
  const urls = publishedPages(getContent()).flatMap((path) => {
    const zh = `${origin}${localePath("zh-CN", path)}`;
    const en = `${origin}${localePath("en", path)}`;
    const alternates = [`<xhtml:link rel="alternate" hreflang="zh-CN" href="${escapeXml(zh)}"/>`, `<xhtml:link rel="alternate" hreflang="en" href="${escapeXml(en)}"/>`].join("");
    return [zh, en].map((loc) => `<url><loc>${escapeXml(loc)}</loc>${alternates}</url>`);
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
