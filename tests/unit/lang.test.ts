import { describe, expect, it } from "vitest";
import { langFromPathname, localePath, otherLanguagePath } from "~/lib/lang";

describe("language in the URL", () => {
  it("reads the language from the path", () => {
    expect(langFromPathname("/")).toBe("zh-CN");
    expect(langFromPathname("/plan/tasks")).toBe("zh-CN");
    expect(langFromPathname("/en")).toBe("en");
    expect(langFromPathname("/en/plan")).toBe("en");
    expect(langFromPathname("/english")).toBe("zh-CN");
  });

  it("links to the same page in the other language, keeping the query", () => {
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("en", "/plan")).toBe("/en/plan");
    expect(localePath("zh-CN", "/plan")).toBe("/plan");
    expect(otherLanguagePath("/plan/tasks")).toBe("/en/plan/tasks");
    expect(otherLanguagePath("/en/plan/tasks", "?x=1")).toBe("/plan/tasks?x=1");
    expect(otherLanguagePath("/en")).toBe("/");
    expect(otherLanguagePath("/")).toBe("/en");
  });
});
