import { Transform } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { serverI18n } from "./lib/i18n-instances.server";
import { provideServerI18n } from "./lib/translate";
import { langFromPathname } from "./lib/lang";
import { NonceContext } from "./lib/nonce";
import { today } from "./lib/clock.server";
import { keepPage, keptPage, pageKey } from "./lib/page-cache.server";
import { settings } from "./lib/settings.server";
import { getContent } from "./model/load.server";

const ABORT_DELAY = 5_000;

provideServerI18n(serverI18n);

/**
 * React 18's renderToPipeableStream can emit NUL bytes at chunk boundaries in non-ASCII text (facebook/react
 * #24985, #31134; fixed only in React 19), which put "\0" inside Chinese words on our pages. A NUL byte is
 * never part of valid UTF-8 text in HTML, so dropping every one is safe.
 */
function withoutNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, chunk.includes(0) ? chunk.filter((byte) => byte !== 0) : chunk);
    },
  });
}

/** Collects the page as it streams out, for `use` once it is complete. */
function whenComplete(body: Transform, use: (html: string) => void): void {
  const chunks: Buffer[] = [];
  body.on("data", (chunk: Buffer) => chunks.push(chunk));
  body.on("end", () => use(Buffer.concat(chunks).toString("utf8")));
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  // The language comes from the URL only (never from a header or cookie), so a link always shows one language.
  const i18n = serverI18n(langFromPathname(new URL(request.url).pathname));

  // Pages are kept per content version; in development content changes on every save, so never.
  const version = settings().NODE_ENV === "development" ? undefined : getContent().version;

  // Each response carries its own CSP nonce: a shared cache must not keep a page and hand the same nonce to
  // everyone, and a browser revalidates (no-cache, not no-store, keeps the back/forward cache working).
  if (!responseHeaders.has("Cache-Control")) responseHeaders.set("Cache-Control", "private, no-cache");

  // An anonymous page already rendered for this content version is sent as it was (page-cache.server.ts).
  const key = pageKey(request, remixContext, responseStatusCode, responseHeaders, version, today());
  const kept = key ? keptPage(key, nonce) : undefined;
  if (kept !== undefined) {
    responseHeaders.set("Content-Type", "text/html; charset=utf-8");
    return new Response(kept, { headers: responseHeaders, status: responseStatusCode });
  }

  // Bots get the whole document at once; browsers get it streamed from the shell.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </I18nextProvider>
      </NonceContext.Provider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = withoutNulBytes();
          if (key) {
            whenComplete(body, (html) => {
              // Only a page that rendered without an error after the shell is kept.
              if (responseStatusCode === 200) keepPage(key, html, nonce);
            });
          }
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors during the shell are reported by onShellError; later ones are logged once here.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
