// Turns the content model into search documents: one per citable unit. A new content kind is one more
// mapping function here. It sits between the two layers: the model knows nothing of search, and search/
// knows nothing of the model.
import { faqUrl, plainText, rowMeasure, rowName, serviceUrl, subsidyUrl, unitUrl, type CitableUnit, type ContentModel } from "~/model/plan";
import type { FaqEntry, GlossaryEntry, Service, Subsidy } from "~/model/schemas";
import type { Concept, ConceptSources } from "../../search/query.server";
import type { SearchDocument } from "../../search/types";

// A paragraph that opens with a bold lead (——**残疾人服务体系更加优化。**…) or a numbered principle
// (1. 党委领导、多元协同。…) or a quoted goal (——“高质量就业”。…) is named by that lead.
const LEAD = /^(?:——)?\*\*(.+?)\*\*|^(?:——)?(“[^”]+”)。|^(\d+\. [^。]{2,30})。/;

function paragraphTitle(unit: CitableUnit, raw: string): string {
  const lead = LEAD.exec(raw);
  const name = lead ? (lead[1] ?? lead[2] ?? lead[3]).replace(/[。]$/, "") : undefined;
  return name ?? unit.section.heading ?? unit.chapter.heading;
}

function rawText(unit: CitableUnit): string {
  for (const u of unit.section.units) if (u.id === unit.id && "text" in u) return u.text;
  return unit.text;
}

function planDocument(unit: CitableUnit, order: number, districts: string[], english: string | undefined): SearchDocument {
  const headingPath = [unit.chapter.heading, ...(unit.section.heading ? [unit.section.heading] : [])];
  // English words (content/plan-english.yaml) let an English question find a unit whose subject the
  // glossary does not name (副理事长 as vice-chairperson); they are matched, never shown.
  const base = { id: unit.id, headingPath, text: unit.text, url: unitUrl(unit), chapter: unit.chapter.slug, documents: [unit.chapter.document], order, ...(english ? { english } : {}) };
  const mentioned = districts.filter((d) => unit.text.includes(d));
  switch (unit.kind) {
    case "task":
      return { ...base, type: "task", title: `第${unit.task!.number}条 ${unit.task!.title}`, districts: mentioned };
    case "row": {
      const table = unit.table!;
      const name = rowName(unit) || table.caption;
      const path = headingPath.includes(table.caption) ? headingPath : [...headingPath, table.caption];
      return { ...base, type: "table", title: plainText(name), headingPath: path, districts: mentioned };
    }
    case "paragraph":
      return { ...base, type: "plan", title: plainText(paragraphTitle(unit, rawText(unit))), districts: mentioned };
  }
}

/** The documents an entry quotes: a search filtered by document finds the entries built on it. */
function quotedDocuments(entry: { quotes: { document: string }[] }): string[] {
  return [...new Set(entry.quotes.map((q) => q.document))];
}

function subsidyDocument(subsidy: Subsidy, order: number): SearchDocument {
  return {
    id: subsidy.id,
    type: "subsidy",
    title: subsidy.name,
    headingPath: ["补贴和福利"],
    text: [subsidy.summary, subsidy.who, subsidy.gives, subsidy.plan_says, ...subsidy.quotes.map((q) => q.quote)].join(" "),
    url: subsidyUrl(subsidy),
    chapter: "subsidies",
    districts: [],
    documents: quotedDocuments(subsidy),
    order,
    english: [subsidy.name_en, subsidy.summary_en, subsidy.who_en, subsidy.gives_en, subsidy.plan_says_en, ...subsidy.said_en].join(" "),
  };
}

function serviceDocument(service: Service, order: number): SearchDocument {
  return {
    id: service.id,
    type: "service",
    title: service.name,
    headingPath: ["服务机构", ...(service.district ? [service.district] : [])],
    text: [service.summary, service.functions ?? "", service.plan_says, ...service.quotes.map((q) => q.quote)].join(" "),
    url: serviceUrl(service),
    chapter: "services",
    districts: service.district ? [service.district] : [],
    documents: quotedDocuments(service),
    order,
    english: [service.name_en, service.summary_en, service.functions_en ?? "", service.plan_says_en, ...service.said_en].join(" "),
  };
}

function faqDocument(entry: FaqEntry, order: number): SearchDocument {
  return {
    id: entry.id,
    type: "faq",
    title: entry.question,
    headingPath: ["常见问题"],
    text: [entry.answer, ...entry.quotes.map((q) => q.quote)].join(" "),
    url: faqUrl(entry),
    chapter: "faq",
    districts: [],
    documents: quotedDocuments(entry),
    order,
    english: [entry.question_en, entry.answer_en].join(" "),
  };
}

function buildDocuments(content: ContentModel): SearchDocument[] {
  const districts = content.facts.districts.map((d) => d.name);
  return [
    ...content.faq.map((f, i) => faqDocument(f, 500 + i)),
    ...content.subsidies.map((s, i) => subsidyDocument(s, i)),
    ...content.services.map((s, i) => serviceDocument(s, 1000 + i)),
    ...[...content.units.values()].map((unit, i) => planDocument(unit, 2000 + i, districts, content.planEnglish.get(unit.id))),
  ];
}

/** A glossary entry as search reads it: its 常见说法, misspellings and slurs are all words people type for the term. */
function glossaryConcept(entry: GlossaryEntry): Concept {
  return { id: entry.id, term: entry.term, aliases: entry.aliases, everyday: [...entry.everyday, ...entry.typos, ...entry.slurs], en: entry.en };
}

/** A subsidy or service as a concept: its name, and what people call it in Chinese (said, slurs) and English (said_en). */
function namedConcept(kind: "subsidy" | "service", item: Subsidy | Service): Concept {
  return { id: `${kind}:${item.id}`, term: item.name, aliases: [], everyday: [...item.said, ...item.slurs], en: item.said_en };
}

/** The concepts queries are read by: the glossary, the subsidies and services, and the districts. */
function searchConcepts(content: ContentModel): ConceptSources {
  return {
    glossary: content.glossary.map(glossaryConcept),
    facts: content.facts,
    others: [...content.subsidies.map((s) => namedConcept("subsidy", s)), ...content.services.map((s) => namedConcept("service", s))],
    // A table row is a measure too, named by its row (残疾人就业率) and its English search words, and by the
    // English names of its figure when content/plan-measures.yaml gives them.
    measures: [
      ...content.planMeasures.filter((m) => !m.row),
      ...[...content.units.values()].flatMap((unit) => {
        if (unit.kind !== "row") return [];
        const en = content.planEnglish.get(unit.id);
        const named = content.planMeasures.filter((m) => m.unit === unit.id);
        if (!en && !named.length) return [];
        return [{ unit: unit.id, zh: rowMeasure(unit), en: [...named.flatMap((m) => m.en), ...(en?.split(/\s*;\s*/) ?? [])] }];
      }),
    ],
  };
}

/** Everything search is started from, for this content (search/setup.server.ts). */
export function searchInput(content: ContentModel) {
  return { documents: buildDocuments(content), concepts: searchConcepts(content), version: content.version };
}
