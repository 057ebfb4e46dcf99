import { describe, expect, it } from "vitest";
import { langFromParam, operatorQueryFrom, preferencesFrom, slugFromParam } from "~/lib/route-input.server";
import { chosenOptions, findStep } from "~/lib/finder.server";
import { DEFAULT_PREFERENCES } from "~/lib/preferences";
import { MAX_QUERY_LENGTH } from "~/lib/search-limits";

function statusOf(run: () => unknown): number | undefined {
  try {
    run();
  } catch (thrown) {
    return (thrown as Response).status;
  }
  return undefined;
}

describe("route input", () => {
  it("accepts only en as a language segment", () => {
    expect(langFromParam(undefined)).toBe("zh-CN");
    expect(langFromParam("en")).toBe("en");
    expect(statusOf(() => langFromParam("fr"))).toBe(404);
    expect(statusOf(() => langFromParam("EN"))).toBe(404);
  });

  it("accepts slugs in the shape content ids have, and answers anything else as a missing page", () => {
    expect(slugFromParam("care-allowance", "/subsidies/care-allowance")).toBe("care-allowance");
    for (const bad of [undefined, "", "Care", "a_b", "../etc", "<script>", "护理", "a".repeat(81)]) {
      expect(statusOf(() => slugFromParam(bad, `/subsidies/${bad}`)), String(bad)).toBe(404);
    }
  });

  it("trims the operator query and reports one that is too long, cut to the limit", () => {
    expect(operatorQueryFrom(new URL("http://x/operator?q=%20%E7%AC%AC12%E6%9D%A1%20"))).toEqual({ q: "第12条", tooLong: false });
    expect(operatorQueryFrom(new URL("http://x/operator"))).toEqual({ q: "", tooLong: false });
    const long = operatorQueryFrom(new URL(`http://x/operator?q=${"字".repeat(MAX_QUERY_LENGTH + 5)}`));
    expect(long.tooLong).toBe(true);
    expect(long.q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it("keeps known display choices and falls back to the default for anything else", () => {
    expect(preferencesFrom({ textSize: "200", scheme: "contrast", spacing: "wide", motion: "reduce" })).toEqual({
      textSize: "200",
      scheme: "contrast",
      spacing: "wide",
      motion: "reduce",
    });
    expect(preferencesFrom({ textSize: "999", scheme: 7, spacing: null, extra: "x" })).toEqual(DEFAULT_PREFERENCES);
    expect(preferencesFrom("not an object")).toEqual(DEFAULT_PREFERENCES);
    expect(preferencesFrom(null)).toEqual(DEFAULT_PREFERENCES);
  });

  it("takes only a finder question's own options from its form, each once", () => {
    const form = new FormData();
    for (const value of ["autism", "autism", "<script>", "care", ""]) form.append("conditions", value);
    form.append("role", "self");
    const step = findStep("conditions");
    expect(chosenOptions(step, form)).toEqual(["autism", "care"]);
    expect(chosenOptions(findStep("district"), form)).toEqual([]);
  });
});
