// Addresses that have been published must keep working (issue 7). content/published-ids.txt records every
// page path and anchor id ever published; content:check refuses one that is gone unless
// content/redirects.yaml says where it went or why it was removed. `npm run content:record` adds new ones.
import type { ContentProblem, YamlSource } from "./problems";
import type { Redirect } from "./schemas";
import { sitePathExists, type SitePaths } from "./site-paths";

export const PUBLISHED_FILE = "published-ids.txt";

/** Every published address of the content: page paths ("/subsidies/x") and anchor ids ("#task-12"). */
export function publishedKeys(site: SitePaths): string[] {
  return [
    ...[...site.subsidyIds].map((id) => `/subsidies/${id}`),
    ...[...site.serviceIds].map((id) => `/services/${id}`),
    ...site.chapterPaths,
    ...[...site.units.keys(), ...site.faqIds, ...site.glossaryIds].map((id) => `#${id}`),
  ].sort();
}

/** The redirect `from` that covers a published key: the path itself, or the bare id of an anchor. */
const fromOf = (key: string) => key.replace(/^#/, "");

export function checkPublished(
  recorded: { file: string; keys: string[] },
  redirects: { value?: Redirect[]; source: YamlSource },
  site: SitePaths,
  problems: ContentProblem[],
): void {
  const current = new Set(publishedKeys(site));
  const covered = new Set((redirects.value ?? []).map((r) => r.from));
  recorded.keys.forEach((key, i) => {
    if (!key || current.has(key) || covered.has(fromOf(key))) return;
    problems.push({
      file: recorded.file,
      line: i + 1,
      message: `“${fromOf(key)}”已经发布过，不能直接删除或改名：请在 content/redirects.yaml 里加一条 from: ${fromOf(key)}，写明新地址（to）或删除的原因（note）`,
    });
  });
  (redirects.value ?? []).forEach((r, i) => {
    const key = r.from.startsWith("/") ? r.from : `#${r.from}`;
    if (current.has(key)) problems.push({ file: redirects.source.file, line: redirects.source.lineOf(["redirects", i, "from"]), message: `“${r.from}”仍然存在，不需要转向：请删掉这一条，或者先改掉原来的地址` });
    if (r.to && !sitePathExists(r.to, site)) problems.push({ file: redirects.source.file, line: redirects.source.lineOf(["redirects", i, "to"]), message: `转向的新地址“${r.to}”不存在` });
  });
}
