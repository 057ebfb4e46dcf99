import type { ActionFunctionArgs } from "@remix-run/node";
import { ask } from "~/assistant/pipeline.server";
import { llmSettings } from "~/assistant/compose-llm.server";
import { MAX_QUESTION_LENGTH, parseQuestion, readLimitedText } from "~/lib/ask-input.server";
import { today } from "~/lib/clock.server";
import { questionLang } from "~/lib/lang";
import { documentOf, documentRef } from "~/model/documents";
import { getContent } from "~/model/load.server";

const MESSAGES = {
  empty_question: "question must be a non-empty string",
  question_too_long: `question must be at most ${MAX_QUESTION_LENGTH} characters`,
  previous_too_long: `previous must be at most ${MAX_QUESTION_LENGTH} characters`,
  bad_parameter: "body must be JSON: { question: string, lang?: \"zh-CN\" | \"en\", previous?: string }",
} as const;

const error = (status: number, code: string, message: string) => Response.json({ error: { code, message } }, { status });

export function loader() {
  return error(405, "method_not_allowed", "use POST");
}

/** POST /api/ask — docs/architecture.md#ask-api. Questions are never logged or stored. */
export async function action({ request, context }: ActionFunctionArgs) {
  if (request.method !== "POST") return error(405, "method_not_allowed", "use POST");
  const body = await readLimitedText(request);
  if (body === undefined) return error(413, "body_too_large", "request body is larger than 16 KB");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return error(400, "bad_parameter", MESSAGES.bad_parameter);
  }
  const input = parseQuestion(json);
  if (!input.ok) return error(400, input.error, MESSAGES[input.error]);
  const lang = input.lang ?? questionLang(input.question);
  const result = await ask(input.question, lang, { search: context.search, llm: llmSettings() }, input.previous);
  const content = getContent();
  const day = today();
  return Response.json(
    {
      status: result.status,
      answer: result.answer,
      mode: result.mode,
      // Each citation names the document it quotes, with that document's status today.
      citations: result.citations.map((citation) => ({ ...citation, document: documentRef(documentOf(content, citation.id)!, day, lang) })),
      handoff: result.handoff,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
