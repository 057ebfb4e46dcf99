// A plain `t` for code that runs outside React components (meta functions, loaders, the assistant).
// In the browser it is the instance entry.client set up with the page's language; on the server, an
// instance per language over the strings entry.server provides.
import i18next, { type Resource, type TFunction } from "i18next";
import { i18nOptions, type Lang } from "~/i18n";

let serverResources: Resource | undefined;
const instances = new Map<Lang, TFunction>();

/** Called once by entry.server: the server's strings for every language. */
export function provideServerResources(resources: Resource): void {
  serverResources = resources;
}

export function translator(lang: Lang): TFunction {
  if (typeof document !== "undefined") return i18next.getFixedT(lang);
  let t = instances.get(lang);
  if (!t) {
    const instance = i18next.createInstance({ ...i18nOptions, resources: serverResources, lng: lang });
    void instance.init();
    t = instance.t;
    instances.set(lang, t);
  }
  return t;
}
