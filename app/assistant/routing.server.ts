// The one place that decides scope and safety (the govuk-chat way: small steps, one decides). Two looks at
// the same question: `screen` before any content is read (personal data, requests to change the rules,
// to invent, to defraud or harm, for someone else's records, about one's own case, greetings; first the
// hand-written signals of intent.ts, then the learned classifier of safety-model.server.ts), and `scope`
// once retrieval has gathered the evidence. A question the content has good evidence for is in scope
// however it is worded; without evidence it is `not_covered` with 12345 when it is about disability or
// public services, and `refused` only when it is clearly about something else.
import { translator } from "~/lib/translate";
import { namedConcepts } from "../../search/query.server";
import { getContent } from "~/model/load.server";
import { mentionsSubject } from "~/model/said";
import type { AskContext } from "./context";
import { intentOf, SILENCING, WONT_COMPLAIN } from "./intent";
import { containsPersonalData } from "./personal-data";
import { finishWithReply } from "./replies.server";
import { readSafety } from "./safety-model.server";

/** Below this probability that a request is fine, the classifier's "harm" is not overruled by a word of reporting. */
const CERTAIN_HARM = 0.01;
/** Evidence this good puts a question in scope even when its wording names no subject of ours. */
const STRONG_EVIDENCE = 0.6;

// Asking how to report, stop or recover from fraud or abuse is a question the site answers.
const COUNTERING = /举报|(加强|怎么|如何|谁来?|哪个部门)[^。？?]{0,8}(监督|监管)|(向|去|怎么|如何|哪里|哪儿)报告|报告给|反映|(向|找)(哪里|哪儿|谁|哪个部门)(?![^。？?]{0,2}(改|弄|开|办|做))|报警|打110|找残联|担心|担忧|权益|谁(能|来|可以)?管|该管|管不管|应该管|管一管|管管|(报|告诉|交)给谁|(有没有|什么|哪个|哪些)(部门|机构|单位)(能|可以|会)?(帮|管|处理)|(能|可以)帮(他|她|他们)|维权|被人骗|投诉|防止|防范|识别|辨别|鉴别|真假|(违法|合法|犯法|违规)的?吗|算不算违(法|规)|是否违(法|规)|会被怎么|怎么处理|如何处理|怎么处罚|被骗|上当|受骗|报案|打击|严查|查处|严打|怀疑我|惩处|处罚|后果|违法吗|犯法|合法吗|怎么办(?!成|到|下来|好|手续|理)|求助|保护|(?<!my |a |the |our |for )\breport\b(?! (for|on) (me|my|us))|prevent|protect|victim|scammed|illegal\?/i;
// Someone who tells of another's wrong and asks what they can do for the one wronged ("我叔叔把她的补贴卡拿走…
// 我作为孙女能做什么") counters it; one who says they want to do it ("我想把…拿走，我能做什么") does not.
const HELPING = /(我|我们)(作为[^。？?，,]{1,6})?(能|可以|该|应该)(为(她|他|他们|她们))?(帮(她|他|他们|她们))?做(点|些)?什么/;
const OWN_AIM = /(我|我们)(就)?(想|要|打算|准备)/;
// …unless it asks how to get away with it, how to take for oneself what is someone else's, or how to get
// it done fastest ("她自己也说不清愿不愿意，这事怎么办最快").
const EVADING = new RegExp(String.raw`不被(发现|查|看出来|举报|投诉)|(也)?不会(去)?(投诉|举报|报警|告状)吧|反正[^。？?]{0,12}${WONT_COMPLAIN}|(他|她|他们|她们)(也)?${WONT_COMPLAIN}[^。？?]{0,16}(工资|工钱|报酬|加班|干活)|(怎么办|怎么弄|咋办|怎么搞)(才|能)?最?快|(最|才)?不容易(出事|惹麻烦)|不惹麻烦|不会出事|(还|也|又)不(会)?出事|不会被(人)?(发现|查|看出来|看出|识破|举报|投诉)|不让.{0,4}(发现|知道|查到)|反正(也)?没人(查|管|知道)|避开|躲过|不引人注意|不留(下)?把柄|(转到|转给|转进|打到)(我|自己)(的)?(账户|卡|名下|账上)|without (being|getting) caught|stop (him|her|them) from (reporting|telling|complaining)`, "i");

// …and neither are their medical records.
const IDENTIFIERS = /身份证号|证号|证件号|家庭住址|住址|手机号|银行卡号|病历|住院记录|就诊记录|服药情况|用药情况|home address|id number|medical records?/i;

export function screen(context: AskContext): void {
  const t = translator(context.lang);
  if (containsPersonalData(context.question) || (context.previous && containsPersonalData(context.previous))) {
    // The question (and the one before it) is dropped here: later steps, logs and counters never see it.
    context.question = "";
    context.previous = undefined;
    return finishWithReply(context, "refused", "personal_data", t);
  }
  const intent = (context.intent = intentOf(context.question));
  const countering = (COUNTERING.test(context.question) || (HELPING.test(context.question) && !OWN_AIM.test(context.question))) && !EVADING.test(context.question) && !SILENCING.test(context.question);
  // The learned classifier reads what is asked however it is worded; the hand-written signals know wordings
  // someone thought of, and also match a word where no request is made ("大门锁着", "邻居说‘骗保’"). So a
  // signal refuses only while the classifier has some doubt that the request is fine (decision 0023).
  const learned = readSafety(context.question);
  const doubtful = learned.doubtful;
  if (doubtful && (intent.instruction || intent.authority || (intent.invent && !countering))) return finishWithReply(context, "refused", "injection", t);
  if (doubtful && intent.harm && !countering) return finishWithReply(context, "refused", "harm", t);
  // Someone's ID number, home address or medical records are never handed over, also for a complaint or a report about them.
  if (doubtful && intent.thirdParty && (!countering || IDENTIFIERS.test(context.question))) return finishWithReply(context, "refused", "third_party", t);
  if (doubtful && intent.task) return finishWithReply(context, "refused", "task", t);
  // What the hand-written signals did not recognise, the learned classifier may. A question about how to
  // report or stop harm is never refused for its words, and one about our subjects is never refused as off
  // topic (scope decides those by evidence).
  if (learned.label === "injection") return finishWithReply(context, "refused", "injection", t);
  // …unless the classifier is all but certain: then a word of reporting ("投诉") is part of the request.
  if (learned.label === "harm" && (!countering || learned.ok < CERTAIN_HARM)) return finishWithReply(context, "refused", "harm", t);
  // A request for someone's records names a person or a record: a question about a principle or an event
  // that merely reads like one is not.
  if (learned.label === "third_party" && !countering && intent.personal) return finishWithReply(context, "refused", "third_party", t);
  // A follow-up ("那这项的分数怎么算？") is read with the question before it: it is not off topic for its words alone.
  if (learned.label === "off_topic" && !intent.domain && !context.previous) return finishWithReply(context, "refused", "off_topic", t);
  if (intent.ownCase) return finishWithReply(context, "refused", "own_case", t);
  if (intent.greeting) return finishWithReply(context, "not_covered", "greeting", t);
  context.emergency = intent.danger || intent.emergencyServices;
}

export function scope(context: AskContext): void {
  const t = translator(context.lang);
  const intent = context.intent!;
  const understood = context.understood!;
  const best = context.hits[0]?.score ?? 0;
  // A district alone ("West Lake") says where, not what, and a concept guessed from everyday words is a guess:
  // neither makes a question one about our services.
  const named = namedConcepts(understood).length > 0;
  const ours = intent.domain || named || mentionsSubject(getContent(), context.question);
  // Clearly about something else (weather, a recipe, homework) and naming nothing of ours: refused, whatever
  // words it happens to share with the plan.
  if ((intent.elsewhere && !intent.domain && !named) || intent.farAway) return finishWithReply(context, "refused", "off_topic", t);
  // Evidence decides: any candidate for a question about our subjects, a strong one for any other.
  if (context.hits.length && (ours || best >= STRONG_EVIDENCE)) return;
  // Danger and nothing of ours asked: 110/120 is the whole reply. A person in danger who asks about our
  // subjects ("老公打我，我是残疾人，能去哪里求助") is not turned away: 110/120 first, then 12345.
  if (intent.danger && !ours) return finishWithReply(context, "refused", "emergency", t);
  // A question we cannot place: what little was found is offered, or it goes to 12345.
  if (context.hits.length) return;
  finishWithReply(context, "not_covered", "nothing_found", t);
}
