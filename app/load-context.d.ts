// What server.ts hands every loader and the document renderer.
import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The per-request nonce that the Content-Security-Policy allows scripts with. */
    cspNonce: string;
  }
}
