// Per-client limits on asking questions. The API answers 429 itself; the /ask page is told through the
// load context so it can keep the person's question on the page with a clear message.
import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import type { Settings } from "../app/lib/settings.server";

export interface AskLimitOptions {
  /** Questions per client per window (ASK_RATE_LIMIT, default 20 a minute; 0 turns the limit off). */
  limit: number;
  windowMs: number;
}

export function askLimitOptions(s: Pick<Settings, "ASK_RATE_LIMIT" | "ASK_RATE_WINDOW_MS">): AskLimitOptions {
  return { limit: s.ASK_RATE_LIMIT, windowMs: s.ASK_RATE_WINDOW_MS };
}

/**
 * The limiter counts per client address as express reads it (TRUST_PROXY decides which forwarded address
 * that is) and per process: N processes behind one proxy allow up to N times the limit (docs/deployment.md).
 */

export function askRateLimit({ limit, windowMs }: AskLimitOptions): RequestHandler {
  if (limit <= 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    // Only questions count; reading the /ask page does not.
    skip: (req) => req.method !== "POST",
    handler: (req, res, next, options) => {
      // The time until this client's window resets, not the whole window.
      const reset = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime?.getTime();
      const retryAfter = Math.max(1, Math.ceil(((reset ?? Date.now() + options.windowMs) - Date.now()) / 1000));
      res.setHeader("Retry-After", String(retryAfter));
      if (req.originalUrl.startsWith("/api/")) {
        res.status(429).json({ error: { code: "rate_limited", message: `Too many questions; try again in ${retryAfter} seconds` } });
      } else {
        res.locals.rateLimitedSeconds = retryAfter;
        next();
      }
    },
  });
}

/** Refuses bodies over the limit before anything reads them (chunked bodies are capped by the route). */
export function bodyLimit(maxBytes: number): RequestHandler {
  return (req, res, next) => {
    const length = Number(req.headers["content-length"] ?? 0);
    if (length > maxBytes) {
      res.status(413).json({ error: { code: "body_too_large", message: `request body is larger than ${maxBytes / 1024} KB` } });
      return;
    }
    next();
  };
}
