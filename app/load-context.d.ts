// What server.ts hands every loader and the document renderer.
import "@remix-run/node";
import type { ContentModel } from "./model/plan";
import type { SearchService } from "../search/service.server";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The per-request nonce that the Content-Security-Policy allows scripts with. */
    cspNonce: string;
    /** The client's address (behind TRUST_PROXY, the forwarded one): /admin sign-ins are limited per address. */
    clientAddress: string;
    /** Site search (Meilisearch with embedded fallback), started once by server.ts. */
    search: SearchService;
    /** Runs `fn` on unpublished content (a draft applied) with that content's own search: the reviewer's preview. */
    preview: <T>(content: ContentModel, fn: (search: SearchService) => T) => T;
    /** Set when this client has asked too many questions: seconds until it may ask again. */
    rateLimitedSeconds?: number;
    /**
     * Set by an action that answers a form with errors. Remix gives meta functions loader data only; the
     * loaders that run after the action in the same request read this so the title can say 错误：.
     */
    formError?: boolean;
  }
}
