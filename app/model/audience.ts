// Who a support is for, as data: the finder and the subsidies filter match a person's answers against
// each entry's audience tags (content/subsidies/*.yaml). No rule about a support lives in code.
import { type Audience, type Subsidy } from "./schemas";
import { AUDIENCE } from "./vocabulary";

export type Role = (typeof AUDIENCE.role)[number];
export type AgeGroup = (typeof AUDIENCE.age)[number];
export type Category = (typeof AUDIENCE.category)[number];
export type Severity = (typeof AUDIENCE.severity)[number];
export type Condition = (typeof AUDIENCE.condition)[number];

/** A person's answers. `undefined` means not answered or 不确定: it never rules a support out. */
export interface Answers {
  role?: Role;
  age?: AgeGroup;
  category?: Category;
  severity?: Severity;
  conditions?: Condition[];
  district?: string;
}

export type Dimension = "role" | "age" | "category" | "severity" | "condition";

export interface Match {
  matches: boolean;
  /** The answers that made this support relevant, for "因为您选择了…". */
  because: { dimension: Dimension; value: string }[];
}

/** Employers and organisations are not asked about age, category, severity or their own conditions. */
export const isPersonal = (role?: Role) => role !== "employer" && role !== "organisation";

function matchAudience(audience: Audience, answers: Answers): Match {
  const because: Match["because"] = [];
  const single = <T extends string>(dimension: Dimension, wanted: readonly T[], answer: T | undefined): boolean => {
    if (!wanted.length) return true;
    if (answer === undefined) return true;
    if (!wanted.includes(answer)) return false;
    because.push({ dimension, value: answer });
    return true;
  };
  let matches =
    single("role", audience.role, answers.role) &&
    single("age", audience.age, answers.age) &&
    single("category", audience.category, answers.category) &&
    single("severity", audience.severity, answers.severity);
  // 情况 is "tick any that apply; you may tick none": no box ticked is no answer, and rules nothing out.
  const ticked = answers.conditions ?? [];
  if (matches && audience.condition.length && ticked.length) {
    const shared = ticked.filter((c) => audience.condition.includes(c));
    if (!shared.length) matches = false;
    for (const value of shared) because.push({ dimension: "condition", value });
  }
  return { matches, because: matches ? because : [] };
}

/** The answers a person gave, one per dimension (情况 counts once, however many boxes are ticked). */
function answeredDimensions(answers: Answers): { dimension: Dimension; values: string[] }[] {
  const single: [Dimension, string | undefined][] = [
    ["role", answers.role],
    ["age", answers.age],
    ["category", answers.category],
    ["severity", answers.severity],
  ];
  return [
    ...single.flatMap(([dimension, value]) => (value === undefined ? [] : [{ dimension, values: [value] }])),
    ...(answers.conditions?.length ? [{ dimension: "condition" as const, values: [...answers.conditions] }] : []),
  ];
}

/**
 * What each answer did to the list: how many supports it alone rules out (their audience names other
 * values of that dimension). Unanswered dimensions are not listed: they rule nothing out.
 */
export function narrowing(subsidies: Subsidy[], answers: Answers): { dimension: Dimension; values: string[]; removed: number }[] {
  return answeredDimensions(answers).map(({ dimension, values }) => {
    const only: Answers = dimension === "condition" ? { conditions: answers.conditions } : { [dimension]: values[0] };
    const removed = subsidies.filter((s) => !matchAudience(s.audience, only).matches).length;
    return { dimension, values, removed };
  });
}

/** The supports whose audience matches, those matching more of the person's answers first. */
export function supportsFor(subsidies: Subsidy[], answers: Answers): { subsidy: Subsidy; because: Match["because"] }[] {
  return subsidies
    .flatMap((subsidy) => {
      const { matches, because } = matchAudience(subsidy.audience, answers);
      return matches ? [{ subsidy, because }] : [];
    })
    .sort((a, b) => b.because.length - a.because.length);
}
