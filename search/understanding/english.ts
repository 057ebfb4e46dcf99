// English words to the Chinese words the content uses, from CC-CEDICT trimmed to this site's vocabulary
// (search/data/en-zh.json, made by `npm run dictionary`; CC BY-SA 4.0). Used only for English words the
// glossary does not already know: "interpreter" or "children" find 翻译 and 儿童 without anyone having
// listed them. The same senses read a Chinese word the content never uses as the content's word that means
// the same (洗澡 → 洗浴).
import dictionary from "../data/en-zh.json";

const IRREGULAR: Record<string, string> = { children: "child", people: "person", men: "man", women: "woman", feet: "foot", teeth: "tooth" };

/** The dictionary form of an English word: plurals made singular (children → child, facilities → facility). */
export function baseForm(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const entries = dictionary.entries as Record<string, string[]>;
const senses = dictionary.senses as Record<string, string[]>;

/**
 * The forms a dictionary may list an English word under: its dictionary form, the American spelling of a
 * British one (organisation → organization, centre → center, labour → labor), and the verb behind an -ing,
 * -ed or -isation form (nursing → nurse, registered → register, organisation → organize).
 */
export function wordForms(word: string): string[] {
  const base = baseForm(word.toLowerCase());
  const american = base.replace(/is(ation|e|ed|ing)$/, "iz$1").replace(/our$/, "or").replace(/tre$/, "ter").replace(/mme$/, "m");
  const forms = [base, american];
  for (const w of [base, american]) {
    const ing = /^(.{3,})ing$/.exec(w)?.[1];
    if (ing) forms.push(ing, `${ing}e`, ing.replace(/(.)\1$/, "$1"));
    const ed = /^(.{3,})ed$/.exec(w)?.[1];
    if (ed) forms.push(ed, `${ed}e`, ed.replace(/(.)\1$/, "$1"));
    const ization = /^(.{3,})ization$/.exec(w)?.[1];
    if (ization) forms.push(`${ization}ize`);
  }
  return [...new Set(forms)];
}

/** Chinese words for an English word or two-word phrase, most frequent in the content first; [] if unknown. */
export function chineseFor(english: string): string[] {
  const words = english.toLowerCase().split(" ");
  const key = words.map(baseForm).join(" ");
  if (entries[key] ?? entries[english.toLowerCase()]) return entries[key] ?? entries[english.toLowerCase()];
  // A single word the dictionary lists under another form.
  if (words.length === 1) for (const form of wordForms(words[0])) if (entries[form]) return entries[form];
  return [];
}

/** The content's Chinese words that mean what a Chinese word it never uses means (洗澡 → 洗浴); [] if none. */
export function sameMeaning(chinese: string): string[] {
  return senses[chinese] ?? [];
}

const TEN_THOUSAND = "(?:10 ?000|ten thousand)";
/**
 * How an English question frames a figure, read as the plan writes it: "for every 10,000 disabled people" is
 * the plan's 每万 ("每万名残疾人拥有…"), "per year" its 年均 ("年均为 30 万新生儿…", "年均增速"; "every
 * year" is the dictionary's 每年). "In units of 10,000" only says how to give the figure: dropped, since its
 * 10 and 000 matched unrelated figures and the projects table's 万元 columns. Reads a normalized question
 * (lower case, "10,000" already "10 000").
 */
export function figureFrames(normalized: string): string {
  return normalized
    .replace(new RegExp(`\\b(?:(?:expressed|given|counted|measured|stated) )?(?:in|as) (?:units of |multiples of )?${TEN_THOUSAND}s?\\b`, "g"), " ")
    .replace(new RegExp(`\\b(?:for every|for each|per|every|each|out of every|in every) ${TEN_THOUSAND}\\b`, "g"), " 每万 ")
    .replace(/\b(?:per|a) year\b|\bannually\b|\byearly\b/g, " 年均 ")
    .replace(/\s+/g, " ")
    .trim();
}

/** English function words: they say nothing in a question, whether it is read for search or weighed. */
export const FUNCTION_WORDS = (
  "a an the is are be do does did can could will would should i me my we our you your he she they it to of for in on at and or " +
  "with what how where when who which any there get have has about just also much many some"
).split(" ");

// Weighing a question against the entries' English also leaves out the words every entry shares.
const ENGLISH_STOP = new Set([
  ...FUNCTION_WORDS,
  ...("by from as was were been being may might must its them their this that these those here whom whose why all each every no not " +
    "if then than so into over under up down out more most such only very got had hangzhou plan people person disabled disability disabilities").split(" "),
]);

/** The telling English words of a text, lower case and in their base forms. */
export function englishWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).map(baseForm).filter((w) => !ENGLISH_STOP.has(w));
}
