// `npm run content:new <subsidy|service|faq> <编号>`: writes a new content file with every field explained
// in Chinese, for editors who are not programmers. It refuses to overwrite a file.
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentDir } from "../app/model/load.server";
import { AUDIENCE, FAQ_TOPICS, PLAN_STANCES, SERVICE_KINDS, SERVICE_LEVELS, SUBSIDY_GROUPS } from "../app/model/vocabulary";

const today = new Date().toISOString().slice(0, 10);
const inHalfAYear = new Date(Date.now() + 182 * 864e5).toISOString().slice(0, 10);
const list = (values: readonly string[]) => values.join("、");

// Quotes name their document: the registry's folder names. With one document it is filled in; with several
// the editor chooses (a name that is not there fails content:check with the list).
const DOCUMENTS = existsSync(join(contentDir(), "documents")) ? readdirSync(join(contentDir(), "documents")).sort() : [];
const QUOTED_DOCUMENT = DOCUMENTS.length === 1 ? DOCUMENTS[0] : "请填写文件编号";

const COMMON_TAIL = `# 常见说法（只用于搜索，页面不显示）：居民、家属和打热线的人平时怎么说它，写 3—10 个，写情况而不是政策名称
# （例如“坐公交不要钱”“房子要塌了”）。不能和别的词语、补贴、服务机构的名称或说法重复（见 docs/editing.md）。
# said_en 是英文的平常说法（例如 free bus）。slurs 是骂人的说法（例如“瞎子”）：搜索能认出来，但哪里都不显示。
said: []
said_en: []
slurs: []
# 引用的规划原文（至少一条）：document 是文件的编号（content/documents/ 下的文件夹名：${list(DOCUMENTS)}），
# unit 是段落或任务的编号（在规划页面上点“链接”可以看到，例如 task-17），quote 必须从那一段里逐字复制。
# 上面文字里出现的每个数字，都必须能在这些段落里找到。
quotes:
  - document: ${QUOTED_DOCUMENT}
    unit: task-1
    quote: 请从规划原文逐字复制一句
# 可选：更多说明，可以用“## 小标题”、“- 列表”、[链接文字](/subsidies/care-allowance)、![图片说明](/images/文件名.png)。
# 链接文字要写明去哪里，不要写“点击这里”“了解更多”。不需要时删掉这两行。
# details: |
#   ## 小标题
# 最后更新日期和复核日期（YYYY-MM-DD）。复核日期过了，npm run content:check 会提醒。
last_updated: "${today}"
review_by: "${inHalfAYear}"
`;

const TEMPLATES: Record<string, (id: string) => string> = {
  subsidy: (id) => `# 补贴或福利：${id}。只写规划里有的内容；规划没写的（金额、办理方法）不要猜，页面会显示“暂未公布，请拨打 12345”。
# 编号，也是网址的一部分（/subsidies/${id}），和文件名一致；发布后不要再改（改名要写 content/redirects.yaml）。
id: ${id}
# 分类，只能是：${list(SUBSIDY_GROUPS)}
group: ${SUBSIDY_GROUPS[0]}
# 名称（中文、英文）
name: 请填写名称
name_en: Name in English
# 一两句话的简介，用平常的话（中文、英文）；第一句要写出 who 里的全部限定（例如“持证贫困”“符合……条件的”）
summary: 请用一两句平常的话说明这是什么。
summary_en: Say in one or two plain sentences what this is.
# 给谁（中文、英文）：只写规划写到的对象和限定，原样照录；说明放在括号里
who: 请填写
who_en: Please fill in
# 给什么（中文、英文）
gives: 请填写
gives_en: Please fill in
# 规划对它的态度，只能是：${list(PLAN_STANCES)}
stance: ${PLAN_STANCES[0]}
# 规划怎么说（中文、英文），用自己的话转述，数字必须出自下面引用的原文
plan_says: 请用自己的话转述规划怎么说。
plan_says_en: Please fill in
# 规划里提到的办理或咨询地点（可选）：name 名称，unit 提到它的规划段落编号
where: []
# 适用人群，用于“看看有哪些支持”。每项可以留空 []，可选值：
#   role: ${list(AUDIENCE.role)}
#   age: ${list(AUDIENCE.age)}
#   category: ${list(AUDIENCE.category)}
#   severity: ${list(AUDIENCE.severity)}
#   condition: ${list(AUDIENCE.condition)}
audience:
  role: []
  age: []
  category: []
  severity: []
  condition: []
# 金额：规划没有写金额。只有在 sources 里注明出处（field: amount，标题、https 网址、核对日期）时才能填写。
# amount:
# sources:
#   - field: amount
#     title: 来源名称
#     url: https://
#     checked: "${today}"
${COMMON_TAIL}`,
  service: (id) => `# 服务机构：${id}。只写规划里有的内容。地址、开放时间、电话规划没有写：没有正式来源就不要填，页面会显示“暂未公布”。
# 编号，也是网址的一部分（/services/${id}），和文件名一致；发布后不要再改（改名要写 content/redirects.yaml）。
id: ${id}
# 类型，只能是：${list(SERVICE_KINDS)}
kind: ${SERVICE_KINDS[0]}
# 层级，只能是：${list(SERVICE_LEVELS)}
level: ${SERVICE_LEVELS[0]}
# 名称（中文、英文）
name: 请填写名称
name_en: Name in English
# 所在区县（可选）：只有规划里的名称本身写明了区县时才填，必须是 facts.yaml 里的区县名
# district: 滨江区
# 一两句话的简介（中文、英文）
summary: 请用一两句平常的话说明这是什么地方。
summary_en: Say in one or two plain sentences what this place is.
# 规划对它的态度，只能是：${list(PLAN_STANCES)}
stance: ${PLAN_STANCES[0]}
# 规划怎么说（中文、英文）
plan_says: 请用自己的话转述规划怎么说。
plan_says_en: Please fill in
# 地址、开放时间、电话：只有在 sources 里注明出处时才能填写（field: address / opening_hours / phone）。
# address:
# sources:
#   - field: address
#     title: 来源名称
#     url: https://
#     checked: "${today}"
${COMMON_TAIL}`,
  faq: (id) => `# 常见问题：${id}。把下面这一条复制到 content/faq/ 里对应主题的文件（主题：${list(FAQ_TOPICS)}）的 entries 下面，
# 或者保留这个文件（topic 写主题）。问题用大家平时的说法；回答只说规划里有的，规划没写的请说“规划没写，请拨打 12345”。
topic: ${FAQ_TOPICS[0]}
entries:
  - id: ${id}
    # 问题（中文、英文），用来电人会说的话
    question: 请填写问题？
    question_en: The question in English?
    # 回答（中文、英文）：短句，数字必须出自下面引用的原文
    answer: 请填写回答。
    answer_en: The answer in English.
    # 引用的规划原文（至少一条）：document 是文件编号（content/documents/ 下的文件夹名），quote 逐字复制
    quotes:
      - document: ${QUOTED_DOCUMENT}
        unit: task-1
        quote: 请从规划原文逐字复制一句
    # 相关页面（可选），站内地址，例如 /subsidies/care-allowance 或 /plan/tasks#task-12
    related: []
`,
};

const [kind, id] = process.argv.slice(2);
const folders: Record<string, string> = { subsidy: "subsidies", service: "services", faq: "faq" };
if (!kind || !(kind in TEMPLATES) || !id) {
  console.error("用法：npm run content:new <subsidy|service|faq> <编号>\n例如：npm run content:new subsidy new-allowance");
  process.exit(2);
}
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  console.error(`编号“${id}”只能用小写英文字母、数字和连字符，例如 new-allowance`);
  process.exit(2);
}
const path = join(contentDir(), folders[kind], `${id}.yaml`);
if (existsSync(path)) {
  console.error(`${path} 已经存在，没有覆盖。`);
  process.exit(1);
}
writeFileSync(path, TEMPLATES[kind](id));
console.log(`已新建 ${path}。请按文件里的说明填写，然后运行 npm run content:check。`);
