// Prose pages from content/pages/, in the page's language, with the hotline filled in from facts.yaml.
import type { Lang } from "~/i18n";
import { getContent } from "./load.server";
import type { ProsePage } from "./schemas";

export function prosePage(name: string, lang: Lang): ProsePage {
  const { pages, facts } = getContent();
  const page = pages.get(name);
  if (!page) throw new Response("Not Found", { status: 404 });
  const fill = (text: string) => text.replaceAll("{{hotline}}", facts.hotline.number).replaceAll("{{outside}}", facts.hotline.from_outside);
  const chosen = lang === "en" ? page.en : page.zh;
  return {
    title: fill(chosen.title),
    lead: fill(chosen.lead),
    sections: chosen.sections.map((s) => ({ heading: fill(s.heading), text: s.text && fill(s.text), items: s.items?.map(fill) })),
  };
}
