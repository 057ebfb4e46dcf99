import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { i18nOptions, SUPPORTED_LANGS } from "~/i18n";
import { resources } from "~/i18n-resources.server";
import { serverI18n } from "~/lib/i18n-instances.server";

/** Every string key in a nested strings object, as "a.b.c". */
function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe("the server's i18next instances", () => {
  for (const lang of SUPPORTED_LANGS) {
    it(`${lang}: remembered lookups give exactly what a fresh instance gives, also when asked again`, async () => {
      const fresh = createInstance();
      await fresh.init({ ...i18nOptions, resources, lng: lang });
      const keys = keysOf(resources[lang].translation);
      expect(keys.length).toBeGreaterThan(50);
      // As react-i18next's useTranslation asks (no language, namespaces as an array), and as translator() asks.
      const asComponents = serverI18n(lang).getFixedT(null, ["translation"]);
      const asTranslator = serverI18n(lang).getFixedT(lang);
      for (const key of keys) {
        const expected = fresh.t(key);
        expect(asComponents(key), key).toBe(expected);
        expect(asComponents(key), key).toBe(expected);
        expect(asTranslator(key), key).toBe(expected);
      }
    });
  }

  it("interpolates each call's own values (those calls are not remembered)", () => {
    const t = serverI18n("zh-CN").getFixedT(null, ["translation"]);
    const raw = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources["zh-CN"].translation);
    const key = keysOf(resources["zh-CN"].translation).find((k) => /^[^{]*\{\{\w+\}\}[^{]*$/.test(String(raw(k))));
    expect(key).toBeDefined();
    const name = /\{\{(\w+)\}\}/.exec(String(raw(key!)))![1];
    expect(t(key!, { [name]: "甲" })).toContain("甲");
    expect(t(key!, { [name]: "乙" })).toContain("乙");
    expect(t(key!, { [name]: "乙" })).not.toContain("甲");
  });

  it("is one instance per language", () => {
    expect(serverI18n("en")).toBe(serverI18n("en"));
    expect(serverI18n("en")).not.toBe(serverI18n("zh-CN"));
  });
});
