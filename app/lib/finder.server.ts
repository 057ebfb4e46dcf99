// The benefit finder's questions, the order they are asked in, and the signed cookie that holds the
// answers (in the person's own browser only; nothing is stored on the server).
import { z } from "zod";
import { isPersonal, type Answers, type Condition } from "~/model/audience";
import { getContent } from "~/model/load.server";
import { AUDIENCE } from "~/model/vocabulary";
import { personalCookie } from "./cookies.server";

const UNSURE = "unsure";

const STEP_IDS = ["role", "age", "category", "severity", "conditions", "district"] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface Step {
  id: StepId;
  multiple: boolean;
  required: boolean;
  /** Asked only of disabled people and their families, not of employers or organisations. */
  personal: boolean;
  options: string[];
}

function steps(): Step[] {
  const districts = getContent().facts.districts.map((d) => d.name);
  return [
    { id: "role", multiple: false, required: true, personal: false, options: [...AUDIENCE.role] },
    { id: "age", multiple: false, required: true, personal: true, options: [...AUDIENCE.age, UNSURE] },
    { id: "category", multiple: false, required: true, personal: true, options: [...AUDIENCE.category, UNSURE] },
    { id: "severity", multiple: false, required: true, personal: true, options: [...AUDIENCE.severity, UNSURE] },
    { id: "conditions", multiple: true, required: false, personal: true, options: [...AUDIENCE.condition] },
    { id: "district", multiple: false, required: true, personal: false, options: [...districts, UNSURE] },
  ];
}

const storedAnswersSchema = z
  .object({
    role: z.string().optional(),
    age: z.string().optional(),
    category: z.string().optional(),
    severity: z.string().optional(),
    conditions: z.array(z.string()).optional(),
    district: z.string().optional(),
  })
  .catch({});
export type StoredAnswers = z.infer<typeof storedAnswersSchema>;

/** The steps that apply to these answers, in order. */
export function applicableSteps(answers: StoredAnswers): Step[] {
  return steps().filter((s) => !s.personal || isPersonal(answers.role as Answers["role"]));
}

export function findStep(id: string): Step {
  const step = steps().find((s) => s.id === id);
  if (!step) throw new Response("Not Found", { status: 404 });
  return step;
}

/** What the form chose for this question: only its own options, each once; anything else is dropped. */
export function chosenOptions(step: Step, form: FormData): string[] {
  const option = z.enum(step.options as [string, ...string[]]);
  const chosen = form.getAll(step.id).flatMap((value) => {
    const parsed = option.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  return [...new Set(chosen)];
}

/** The first applicable step still unanswered, or undefined when all are answered. */
export function firstUnanswered(answers: StoredAnswers): Step | undefined {
  return applicableSteps(answers).find((s) => s.required && answers[s.id] === undefined);
}

/** Stored answers as the audience matcher reads them: 不确定 and unasked questions rule nothing out. */
export function toAnswers(stored: StoredAnswers): Answers {
  const pick = <T extends string>(value: string | undefined, allowed: readonly T[]) =>
    value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
  const personal = isPersonal(pick(stored.role, AUDIENCE.role));
  return {
    role: pick(stored.role, AUDIENCE.role),
    age: personal ? pick(stored.age, AUDIENCE.age) : undefined,
    category: personal ? pick(stored.category, AUDIENCE.category) : undefined,
    severity: personal ? pick(stored.severity, AUDIENCE.severity) : undefined,
    conditions: personal ? ((stored.conditions ?? []).filter((c) => (AUDIENCE.condition as readonly string[]).includes(c)) as Condition[]) : [],
    district: stored.district && stored.district !== UNSURE ? stored.district : undefined,
  };
}

// Answers are kept for a day in the person's browser, then forgotten.
const finderCookie = () => personalCookie("finder");

export async function readAnswers(request: Request): Promise<StoredAnswers> {
  return storedAnswersSchema.parse((await finderCookie().parse(request.headers.get("Cookie"))) ?? {});
}

export async function saveAnswers(answers: StoredAnswers): Promise<string> {
  return finderCookie().serialize(answers);
}
