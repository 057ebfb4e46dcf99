// Validates a question at the edge (length and type limits are 400s before the pipeline runs).
import { z } from "zod";

export const MAX_QUESTION_LENGTH = 300;
const MAX_BODY_BYTES = 16 * 1024;

export type AskInputError = "empty_question" | "question_too_long" | "previous_too_long" | "bad_parameter";

const schema = z.object({
  question: z.string(),
  lang: z.enum(["zh-CN", "en"]).optional(),
  // The question asked just before, for a follow-up; the same limits as the question.
  previous: z.string().optional(),
});

export function parseQuestion(input: unknown): { ok: true; question: string; lang?: "zh-CN" | "en"; previous?: string } | { ok: false; error: AskInputError } {
  const result = schema.safeParse(input);
  if (!result.success) return { ok: false, error: "bad_parameter" };
  const question = result.data.question.trim();
  if (!question) return { ok: false, error: "empty_question" };
  if ([...question].length > MAX_QUESTION_LENGTH) return { ok: false, error: "question_too_long" };
  const previous = result.data.previous?.trim() || undefined;
  if (previous && [...previous].length > MAX_QUESTION_LENGTH) return { ok: false, error: "previous_too_long" };
  return { ok: true, question, lang: result.data.lang, previous };
}

/** Reads a request body, refusing one over the limit even when no Content-Length says so. */
export async function readLimitedText(request: Request, limit = MAX_BODY_BYTES): Promise<string | undefined> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
