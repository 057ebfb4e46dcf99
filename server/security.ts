// Security headers, including a Content-Security-Policy whose scripts are allowed by a per-request nonce.
import { randomBytes } from "node:crypto";
import type { RequestHandler } from "express";
import helmet from "helmet";
import type { ServerResponse } from "node:http";

export const nonceFor = (res: ServerResponse): string => (res as ServerResponse & { locals: { cspNonce: string } }).locals.cspNonce;

export const assignNonce: RequestHandler = (_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
};

/** Helmet with our CSP. Development relaxes it for Vite's injected styles and hot-reload socket. */
export function securityHeaders(dev: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": [(_req, res) => `'nonce-${nonceFor(res)}'`, "'strict-dynamic'"],
        // Our stylesheet, plus the one <style> element Radix Dialog's scroll lock adds, which carries the nonce.
        "style-src": dev ? ["'self'", "'unsafe-inline'"] : ["'self'", (_req, res) => `'nonce-${nonceFor(res)}'`],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": dev ? ["'self'", "ws:"] : ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        ...(dev ? {} : { "upgrade-insecure-requests": null }),
      },
    },
    // Pages are served over plain HTTP on localhost in development and tests; HSTS belongs to the proxy.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  });
}

export const permissionsPolicy: RequestHandler = (_req, res, next) => {
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
  next();
};
