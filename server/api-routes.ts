// The JSON API (/api/search, /api/ask) answered by its own Remix route modules, called directly. Remix's
// request handler matches the URL against every route twice for a resource route (each match flattens and
// ranks all 50 route branches), which with its request and response copying was a third of /api/search's
// time under load. The modules are the production build's own (the same instances /healthz reads), so the
// routes in app/routes stay the one implementation; in development Remix serves them as usual.
import { Readable } from "node:stream";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import type { Request as ExpressRequest, Response as ExpressResponse, RequestHandler } from "express";

type Handler = (args: { request: Request; params: Record<string, string>; context: AppLoadContext }) => Promise<Response> | Response;

/** The web Request for an Express request; the body stays a stream (the route caps what it reads). */
function webRequest(req: ExpressRequest, res: ExpressResponse): Request {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get("host") ?? "localhost"}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(url, {
    method: req.method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {}),
  } as RequestInit);
}

async function send(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status);
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Express handlers for the API routes of `build`, given the load context Remix would give them. */
export function apiRoutes(build: ServerBuild, context: (req: ExpressRequest, res: ExpressResponse) => AppLoadContext): Record<string, RequestHandler> {
  const route = (id: string) => {
    const module = build.routes[id]?.module as { loader?: Handler; action?: Handler } | undefined;
    if (!module) throw new Error(`the server build has no route ${id}`);
    return module;
  };
  const serve =
    (pick: (req: ExpressRequest) => Handler | undefined): RequestHandler =>
    async (req, res, next) => {
      const handler = pick(req);
      if (!handler) return next();
      try {
        await send(res, await handler({ request: webRequest(req, res), params: {}, context: context(req, res) }));
      } catch (error) {
        // A thrown Response is an answer (as in Remix); anything else is a fault, reported in the contract's shape.
        if (error instanceof Response) return send(res, error);
        console.error(error);
        if (!res.headersSent) res.status(500).json({ error: { code: "internal_error", message: "Something went wrong; please try again." } });
      }
    };
  const search = route("routes/api.search");
  const ask = route("routes/api.ask");
  return {
    "/api/search": serve((req) => (req.method === "GET" || req.method === "HEAD" ? search.loader : undefined)),
    "/api/ask": serve((req) => (req.method === "POST" ? ask.action : ask.loader)),
  };
}
