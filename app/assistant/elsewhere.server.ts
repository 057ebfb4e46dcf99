// A place outside Hangzhou asked about that the content never names: nothing in it is about that place.
// (The plan names 里约 and 雅加达 for the medals won there: asked about those, the plan answers.)
import { getContent } from "~/model/load.server";
import type { ContentModel } from "~/model/plan";
import { placesAsked } from "../../search/understanding/places";

// Read once per published content (an editor's change publishes a new model).
const texts = new WeakMap<ContentModel, string>();

/** The first place the question asks about that no unit of the content names, if any. */
export function placeElsewhere(question: string): string | undefined {
  const content = getContent();
  let text = texts.get(content);
  if (text === undefined) texts.set(content, (text = [...content.units.values()].map((u) => u.text).join("\n")));
  return placesAsked(question).find((place) => !text.includes(place));
}
