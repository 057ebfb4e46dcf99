// One i18next instance per language for the whole server, made on first use. Before, every page made and
// initialised its own (about 1 ms), and every t() call resolved the language hierarchy again through
// Intl.getCanonicalLocales (about 17 µs; a plan chapter makes hundreds of calls). The strings never change
// while the server runs, so both are paid once. Only lookups without interpolation values are remembered:
// what someone typed (a search query in a heading) is never kept, and the memory is bounded by the strings.
import { createInstance, type i18n, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import { i18nOptions, type Lang } from "~/i18n";
import { resources } from "~/i18n-resources.server";

const instances = new Map<Lang, i18n>();

// The options i18next's getFixedT adds to every call; anything else is an interpolation value or a setting.
const FIXED_T_OPTIONS = new Set(["lng", "lngs", "ns", "keyPrefix"]);

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");
const part = (value: unknown) => (Array.isArray(value) ? value.join(",") : String(value ?? ""));

function isPlainLookup(key: unknown, options: unknown): key is string {
  if (typeof key !== "string") return false;
  if (options === undefined) return true;
  if (typeof options !== "object" || options === null) return false;
  return Object.entries(options).every(([name, value]) => FIXED_T_OPTIONS.has(name) && (value == null || typeof value === "string" || isStrings(value)));
}

function rememberPlainLookups(instance: i18n): void {
  const lookup = instance.t.bind(instance) as (key: unknown, options?: unknown) => unknown;
  const known = new Map<string, string>();
  instance.t = ((key: unknown, options?: Record<string, unknown>) => {
    if (!isPlainLookup(key, options)) return lookup(key, options);
    const cacheKey = [options?.lng, options?.lngs, options?.ns, options?.keyPrefix].map(part).join("\u0000") + `\u0000${key}`;
    const hit = known.get(cacheKey);
    if (hit !== undefined) return hit;
    const value = lookup(key, options);
    if (typeof value === "string") known.set(cacheKey, value);
    return value;
  }) as TFunction;
}

export function serverI18n(lang: Lang): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createInstance();
    // Resources are given and initImmediate is off, so init finishes synchronously.
    void instance.use(initReactI18next).init({ ...i18nOptions, resources, lng: lang });
    rememberPlainLookups(instance);
    instances.set(lang, instance);
  }
  return instance;
}
