// Step 2: questions the content should not answer get a fixed reply: greetings, a person's own case,
// emergencies, attempts to change the assistant's instructions, and requests unrelated to disability services.
import { translator } from "~/lib/translate";
import type { AskContext } from "./context";
import { finishWithReply } from "./replies.server";

const GREETING = /^(你好|您好|嗨|哈喽|早上好|下午好|晚上好|谢谢|谢谢你|多谢|好的|再见|hi|hello|hey|thanks|thank you|bye)[\s!！。.,，~～?？]*$/i;
const OWN_CASE = /我的(申请|补贴|材料|残疾证|案子|情况)(.{0,10})(审核|审批|进度|到哪|怎么还没|为什么没|被拒|批了没|通过了吗|发了吗|到账)|(审核|审批)(进度|到哪一步)|my (application|case|claim)|application status/i;
const EMERGENCY = /救命|不想活|活不下去|自杀|轻生|想死|寻死|跳楼|割腕|着火|火灾|被打|家暴|有人打我|晕倒|昏迷|急救|suicide|kill myself|emergency|want to die/i;
const INJECTION = /(忽略|无视|忘记|忘掉|不要管).{0,12}(要求|指令|提示|规则|设定|之前|前面|以上)|系统提示|提示词|系统设定|内部规则|没有任何限制|新规则|不(需要|用|必)再?引用|自己编|随便编|编造|system prompt|no (longer|more) (cite|need to cite)|make up|(ignore|disregard|forget).{0,20}(instructions|prompt|rules|above|previous)|you are now|pretend (to be|you are)|扮演|越狱|jailbreak|developer mode|开发者模式/i;
const OFF_TOPIC = /天气|下雨|气温|股票|基金涨|彩票号码|中奖号码|笑话|讲个故事|写(一篇)?作文|写代码|翻译一下|作业|解方程|数学题|星座|算命|菜谱|怎么做菜|比赛比分|weather|stock price|tell me a joke|write (me )?(a|an) (poem|essay|story|code)/i;

export function routing(context: AskContext): void {
  const t = translator(context.lang);
  const q = context.question;
  if (INJECTION.test(q)) return finishWithReply(context, "refused", "injection", t);
  if (EMERGENCY.test(q)) return finishWithReply(context, "refused", "emergency", t);
  if (GREETING.test(q)) return finishWithReply(context, "not_covered", "greeting", t);
  if (OWN_CASE.test(q)) return finishWithReply(context, "refused", "own_case", t);
  if (OFF_TOPIC.test(q)) return finishWithReply(context, "refused", "off_topic", t);
}
