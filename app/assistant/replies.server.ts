import { hotlineNumber } from "./hotline.server";
// Fixed, kind replies for questions the assistant does not answer from content.
import type { TFunction } from "i18next";
import type { AskContext } from "./context";
import type { AskStatus, FixedReply } from "./statuses";

export function finishWithReply(context: AskContext, status: AskStatus, reply: FixedReply, t: TFunction): void {
  context.status = status;
  context.parts = [{ text: t(`assistant.reply.${reply}`, { hotline: hotlineNumber() }), lang: context.lang }];
  context.citations = [];
  context.done = true;
}
