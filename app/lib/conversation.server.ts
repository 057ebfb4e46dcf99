// The /ask conversation, kept only in the person's own signed cookie (compressed; the oldest turns are
// dropped to stay within a cookie's size). Nothing is stored on the server.
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { z } from "zod";
import { personalCookie } from "./cookies.server";

const turnSchema = z.object({
  q: z.string(),
  s: z.enum(["answered", "partial", "not_covered", "refused", "error"]),
  p: z.array(z.object({ t: z.string(), l: z.enum(["zh-CN", "en"]) })),
  c: z.array(z.object({ id: z.string(), title: z.string(), url: z.string(), quote: z.string() })),
});
export type Turn = z.infer<typeof turnSchema>;

const MAX_COOKIE_CHARS = 3600;

const conversationCookie = () => personalCookie("conversation");

function pack(turns: Turn[]): string {
  return deflateRawSync(Buffer.from(JSON.stringify(turns))).toString("base64url");
}

export async function readConversation(request: Request): Promise<Turn[]> {
  const packed: unknown = await conversationCookie().parse(request.headers.get("Cookie"));
  if (typeof packed !== "string") return [];
  try {
    return z.array(turnSchema).parse(JSON.parse(inflateRawSync(Buffer.from(packed, "base64url")).toString()));
  } catch {
    return [];
  }
}

/** Adds a turn (newest last), dropping the oldest until the cookie fits. */
export async function saveConversation(turns: Turn[]): Promise<string> {
  let kept = turns.slice(-5);
  let value = await conversationCookie().serialize(pack(kept));
  while (value.length > MAX_COOKIE_CHARS && kept.length > 1) {
    kept = kept.slice(1);
    value = await conversationCookie().serialize(pack(kept));
  }
  if (value.length > MAX_COOKIE_CHARS) {
    // One very long turn: keep its answer, shorten the quoted sources.
    kept = kept.map((turn) => ({ ...turn, c: turn.c.map((c) => ({ ...c, quote: c.quote.slice(0, 60) + "…" })) }));
    value = await conversationCookie().serialize(pack(kept));
  }
  return value;
}

export async function clearConversation(): Promise<string> {
  return conversationCookie().serialize("", { maxAge: 0 });
}
