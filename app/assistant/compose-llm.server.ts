// Step 4 (with an OpenAI-compatible endpoint): a more natural answer written by a model from the same
// sources. The model sees the sources as tokens [S1]…[Sn] and may only cite those; verification checks it.
import OpenAI from "openai";
import type { AskContext, Citation } from "./context";
import { settings, type Settings } from "~/lib/settings.server";

export interface LlmSettings {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
}

/** The model to use, or undefined for extractive answers only (no OPENAI_API_KEY). */
export function llmSettings(s: Settings = settings()): LlmSettings | undefined {
  if (!s.OPENAI_API_KEY) return undefined;
  return { apiKey: s.OPENAI_API_KEY, baseURL: s.OPENAI_BASE_URL, model: s.OPENAI_MODEL, timeoutMs: s.OPENAI_TIMEOUT_MS };
}

export interface LlmDraft {
  answer: string;
  completeness: "complete" | "partial" | "none";
  sources: string[];
}

const SCHEMA = {
  name: "grounded_answer",
  strict: true,
  schema: {
    type: "object",
    additionalProperties: false,
    required: ["answer", "completeness", "sources"],
    properties: {
      answer: { type: "string" },
      completeness: { type: "string", enum: ["complete", "partial", "none"] },
      sources: { type: "array", items: { type: "string" } },
    },
  },
} as const;

function instructions(lang: AskContext["lang"]): string {
  return [
    "You answer questions for Hangzhou's disability services website, using ONLY the numbered sources given.",
    "The sources come from Hangzhou's disability services plan for 2021 to 2025. Say what the plan says; never say whether something is in force today.",
    "Never state an amount of money, address, phone number, opening hours, procedure, form or deadline that is not in the sources.",
    "If the sources do not answer, set completeness to none and say so. Always tell the person they can call 12345 for current rules.",
    "Use short sentences and everyday words. At most 120 words.",
    `Write the answer in ${lang === "en" ? "English" : "simplified Chinese"}.`,
    'List in "sources" only the tokens (like "S1") of the sources your answer uses.',
  ].join("\n");
}

export function sourceTokens(citations: Citation[]): Map<string, Citation> {
  return new Map(citations.map((c, i) => [`S${i + 1}`, c]));
}

/** Asks the model; throws on timeout, HTTP error or output that is not the structured answer. */
export async function draftWithLlm(context: AskContext, candidates: Citation[], settings: LlmSettings): Promise<LlmDraft> {
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL, timeout: settings.timeoutMs, maxRetries: 0 });
  const tokens = sourceTokens(candidates);
  const sourcesText = [...tokens].map(([token, c]) => `[${token}] ${c.title}\n${c.text}`).join("\n\n");
  const completion = await client.chat.completions.create({
    model: settings.model,
    temperature: 0,
    response_format: { type: "json_schema", json_schema: SCHEMA },
    messages: [
      { role: "system", content: instructions(context.lang) },
      { role: "user", content: `Sources:\n${sourcesText}\n\nQuestion: ${context.question}` },
    ],
  });
  const raw = completion.choices[0]?.message?.content ?? "";
  const parsed: unknown = JSON.parse(raw);
  if (
    !parsed ||
    typeof parsed !== "object" ||
    typeof (parsed as LlmDraft).answer !== "string" ||
    !["complete", "partial", "none"].includes((parsed as LlmDraft).completeness) ||
    !Array.isArray((parsed as LlmDraft).sources) ||
    !(parsed as LlmDraft).sources.every((s) => typeof s === "string")
  ) {
    throw new Error("malformed model output");
  }
  return parsed as LlmDraft;
}
