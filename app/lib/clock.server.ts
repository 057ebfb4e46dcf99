// The day the site works with: the date in Hangzhou (UTC+8), or SITE_DATE when a rehearsal or a test sets
// it. A document's status is computed from it when a page or answer is made, so it is never stored.
import { settings } from "./settings.server";

const HANGZHOU_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return settings().SITE_DATE ?? HANGZHOU_DATE.format(now);
}
