// A document's status is computed for a day from its period: before it, within it, after it. The page cache
// keys a page by that day, so a page kept yesterday is never sent today.
import type { EntryContext } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { pageKey } from "~/lib/page-cache.server";
import { documentStatus } from "~/model/document-status";

const PERIOD = { period_start: 2031, period_end: 2035 };

describe("a document's status on a day", () => {
  it("moves with the clock: not started, within its period to its last day, then ended", () => {
    expect(documentStatus(PERIOD, "2030-12-31").kind).toBe("not_started");
    expect(documentStatus(PERIOD, "2031-01-01").kind).toBe("within");
    expect(documentStatus(PERIOD, "2035-12-31").kind).toBe("within");
    expect(documentStatus(PERIOD, "2036-01-01")).toEqual({ kind: "ended", start: 2031, end: 2035 });
  });

  it("is part of a kept page's key: the same page on another day is made again", () => {
    const context = { staticHandlerContext: { loaderData: { root: { preferences: null } } } } as unknown as EntryContext;
    const key = (day: string) => pageKey(new Request("http://guide.test/plan"), context, 200, new Headers(), "v1", day);
    expect(key("2035-12-31")).toBeDefined();
    expect(key("2035-12-31")).toBe(key("2035-12-31"));
    expect(key("2036-01-01")).not.toBe(key("2035-12-31"));
  });
});
