// /admin/preview/<draft>/<any page>: the site's own page, search or /ask with a draft applied, for the
// reviewer (or the draft's author) only. The page is rendered by the same Remix handler, pinned to the
// draft's content and an embedded search of it (LiveSite.preview); it is never cached or indexed, and
// carries a banner saying it is a preview.
import type express from "express";
import { currentSession, may } from "../app/admin/auth.server";
import { adminDb } from "../app/admin/db.server";
import { draftById, previewContent } from "../app/admin/drafts.server";
import type { LiveSite } from "../app/lib/live-site.server";

export const PREVIEW_HEADER = "x-admin-preview";

export function adminPreview(live: LiveSite, handler: express.RequestHandler): express.RequestHandler {
  return (req, res, next) => {
    const english = req.baseUrl.startsWith("/en/");
    const session = currentSession(new Request("http://preview/", { headers: { cookie: req.headers.cookie ?? "" } }));
    res.set({ "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow" });
    if (!session) {
      res.redirect(303, `${english ? "/en" : ""}/admin/login?${new URLSearchParams({ next: req.originalUrl })}`);
      return;
    }
    const draft = draftById(adminDb(), Number(req.params.draft));
    if (!draft || (draft.authorId !== session.user.id && !may(session.user.role, "reviewer"))) {
      res.status(404).send("Not Found");
      return;
    }
    // The page inside the preview, as Remix reads it; the header marks it for the banner and the page cache.
    req.originalUrl = `${english ? "/en" : ""}${req.url === "/" && english ? "" : req.url}`;
    req.headers[PREVIEW_HEADER] = encodeURIComponent(draft.title);
    live.preview(previewContent(draft), () => handler(req, res, next));
  };
}
