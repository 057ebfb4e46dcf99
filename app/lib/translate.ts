// A plain `t` for code that runs outside React components (meta functions, loaders).
import i18next, { type TFunction } from "i18next";
import { i18nOptions, type Lang } from "~/i18n";

const instances = new Map<Lang, TFunction>();

export function translator(lang: Lang): TFunction {
  let t = instances.get(lang);
  if (!t) {
    const instance = i18next.createInstance({ ...i18nOptions, lng: lang });
    void instance.init();
    t = instance.t;
    instances.set(lang, t);
  }
  return t;
}
