// Every way an answer can end (docs/architecture.md#ask-api), in one place.
const ASK_STATUSES = ["answered", "partial", "not_covered", "refused", "error"] as const;
export type AskStatus = (typeof ASK_STATUSES)[number];

/** Why a step finished the answer early: each has a fixed, kind reply in the locale files (assistant.reply.*). */
const FIXED_REPLIES = ["personal_data", "greeting", "own_case", "emergency", "injection", "harm", "third_party", "task", "off_topic", "nothing_found"] as const;
export type FixedReply = (typeof FIXED_REPLIES)[number];
