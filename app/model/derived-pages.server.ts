// What the subsidy, service and finder pages need: entries with their quotes resolved to plan links.
import { getContent } from "./load.server";
import { notFound } from "./redirects.server";
import { rowName, unitUrl, type CitableUnit } from "./plan";
import type { Service, Subsidy } from "./schemas";

/** A plan sentence an entry rests on, with the link to its unit (shown by components/SourceQuotes). */
export interface ResolvedQuote {
  quote: string;
  url: string;
  /** What the unit is called ("第12条 优化辅具适配服务"). */
  name: string;
  /** The id of the document it is from. */
  document: string;
}

/** How a plan unit is named in a link ("第12条 优化辅具适配服务", a table row's name, a section). */
export function unitName(unit: CitableUnit): string {
  if (unit.task) return `第${unit.task.number}条 ${unit.task.title}`;
  if (unit.table) return `${unit.table.caption}：${rowName(unit)}`;
  return `${unit.chapter.heading}${unit.section.heading ? ` ${unit.section.heading}` : ""}`;
}

export function resolveQuotes(entry: Pick<Subsidy, "quotes">): ResolvedQuote[] {
  const { units } = getContent();
  return entry.quotes.map((q) => {
    const unit = units.get(q.unit)!;
    return { quote: q.quote, url: unitUrl(unit), name: unitName(unit), document: q.document };
  });
}

/** An entry as its page gets it: without the words kept for search (said, said_en, slurs), which no page shows. */
export type ShownEntry<T extends Subsidy | Service> = Omit<T, "said" | "said_en" | "slurs">;

function shown<T extends Subsidy | Service>(entry: T): ShownEntry<T> {
  const { said: _said, said_en: _saidEn, slurs: _slurs, ...rest } = entry;
  return rest;
}

export function findSubsidy(id: string, pathname: string): ShownEntry<Subsidy> {
  const subsidy = getContent().subsidies.find((s) => s.id === id);
  if (!subsidy) notFound(pathname);
  return shown(subsidy);
}

export function findService(id: string, pathname: string): ShownEntry<Service> {
  const service = getContent().services.find((s) => s.id === id);
  if (!service) notFound(pathname);
  return shown(service);
}

export function subsidyWhere(subsidy: Pick<Subsidy, "where">): { name: string; name_en: string; url: string }[] {
  const { units } = getContent();
  return subsidy.where.map((w) => ({ name: w.name, name_en: w.name_en, url: unitUrl(units.get(w.unit)!) }));
}
