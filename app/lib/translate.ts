// A plain `t` for code that runs outside React components (meta functions, loaders, the assistant).
// In the browser it is the instance entry.client set up with the page's language; on the server, the
// server's instance for the language (i18n-instances.server.ts), handed over by entry.server so that this
// module, which the browser also loads, never imports the server's strings.
import i18next, { type i18n, type TFunction } from "i18next";
import type { Lang } from "~/i18n";

let serverInstance: ((lang: Lang) => i18n) | undefined;

/** Called once on the server, before any page: where each language's instance comes from. */
export function provideServerI18n(instanceFor: (lang: Lang) => i18n): void {
  serverInstance = instanceFor;
}

export function translator(lang: Lang): TFunction {
  if (typeof document !== "undefined" || !serverInstance) return i18next.getFixedT(lang);
  return serverInstance(lang).getFixedT(lang);
}
