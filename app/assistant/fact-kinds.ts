// What kind of fact a question asks for, and whether a sentence of content states that kind of fact. The
// plan sets policy: it gives investments, floor areas and targets, but never a person's amount, form,
// deadline, address, phone number or opening hours. Which of these a given subject has is decided by
// reading the content (facts.server.ts), never assumed from the kind.
import { namedPeriod } from "../../search/understanding/period";
import type { FactKind } from "./context";

// A building, project or facility: money asked about one of these is its investment, not a payment.
const FACILITY = /中心|医院|学校|工程|项目|设施|基地|大楼|楼|场馆|建设|建成|新建|改建|扩建|hospital|cent(re|er)|school|building|being built|be built|construction|project|facilit/i;
// Money set aside for a building is its investment ("how much money is set aside for phase two").
const MONEY = /多少钱|花了?多少|花费|费用|cost|spend|spent|how much money|set aside|allocated|earmarked|price tag/i;
const PRICE = /(住|一个月|每个?月|每天|一天|每人|每次|一次|一年|收费?)[^？?。]{0,6}(收|要|交|花)?多少钱|(自己|个人|自费|我们?|家里)[^？?。]{0,4}(出|掏|付|交|花)多少钱|要(交|付|掏)多少钱|per (month|day|night|person|stay)|how much (do|does|will|would) (i|we|they|he|she|my \w+) (pay|have to pay)/i;
// When a facility was finished or opened: what happened after the plan was written, never in it.
const OPENED_WHEN = /(哪一?天|哪年|哪个月|什么时候|何时|几月|几号)[^？?。]{0,6}(竣工|完工|建成|建好|开放|开业|开门|投用|投入使用|启用)|when (will|did|was|is) .{0,60}(open|opened|completed|finished)\b|did .{0,40}\bactually (finish|complete|build|open)|start(ed)? (taking|admitting|receiving) patients|open(ed)? (its doors|to (the public|patients))/i;
// Whether a target was in the end reached: only a later report can say, never the plan that set it.
const REACHED = /(最后|最终)[^？?。]{0,16}(一共|总共)[^？?。]{0,8}(多少|几)|^(?!.*(201\d|十三五|雅加达|里约)).*(最后|最终)[^？?。]{0,12}(拿了?|获得了?|得了?|夺得了?|赢了?)[^？?。]{0,2}(多少|几)|(最后|最终|到底|实际|真的|究竟)[^？?。]{0,12}(达没达到|达到没|达到了没|有没有达到|有没有实现|达标了?(吗|没)|实现了(吗|没)|完成了(吗|没)|做到了(吗|没)|达到了吗)|(20(2[1-9])|十四五)[^？?。]{0,20}(达没达到|有没有达到|有没有实现|达到了吗|实现了吗|(都)?完成了(吗|没有?)|(都)?达标了(吗|没有?))|(20(2[1-9])|十四五)[^？?。]{0,24}(最后|最终|实际)上?[^？?。]{0,8}(达到|做到|完成|实现|到)了?(多少|几)|did .{0,60}(meet|reach|achieve|hit|attain|fulfil+) .{0,30}(target|goal|aim)|\bactually\b.{0,60}\b20(2[1-9])\b|\b20(2[1-9])\b.{0,60}\bactually\b|(was|were) (the|its|this|that) .{0,40}(target|goal)s? (actually |ever |finally )?(met|reached|achieved|hit)\b/i;
const PLACES = "(地铁|公交|出租车|的士|网约车|飞机|高铁|火车|餐厅|饭店|商场|超市|医院|酒店|宾馆|景区|公园|图书馆|电影院)";
const ADMISSION = new RegExp(`(能|可以|可不可以|能不能|允许|让|准)[^？?。]{0,8}带(进|上|入|着)?[^？?。]{0,4}${PLACES}|带(着)?[^？?。]{0,6}(能不能|可不可以|可以|能|让不让|准不准)(坐|乘|进|上|去)[^？?。]{0,4}${PLACES}|(allowed|permitted|take|bring) .{0,30}(on|into|onto|in) (the )?(metro|subway|bus|buses|taxi|taxis|train|plane|restaurant|shop|hospital|hotel)`, "i");
// Businesses selling to the public, whose offers are their own. (Employers are not among them: the plan
// sets what employers of disabled people get, and 企业/用人单位 ask about that.)
const BUSINESS = /4S店|驾校|车行|车企|汽车(厂家|品牌|经销商)|厂家|厂商|经销商|商家|商场|超市|网店|淘宝|京东|拼多多|美团|饿了么|航空公司|航司|机票|酒店|宾馆|民宿|景区|景点|乐园|游乐场|中国移动|中国联通|中国电信|运营商|话费|手机套餐|套餐|手机卡|电话卡|流量卡|宽带|电影票|健身房|\b(car (dealer|dealership|maker|manufacturer)s?|dealerships?|carmakers?|airlines?|hotels?|theme parks?|tourist (sites?|attractions?|spots?)|scenic (spots?|areas?)|supermarkets?|shopping (malls?|centres?)|online (shops?|stores?)|mobile (operators?|carriers?|plans?)|phone (plans?|bills?)|telecoms?)\b/i;
const OWN_BUSINESS = /开(个|一个|家|一家|了)?[^？?。]{0,6}(店|超市|公司|厂)|创业|自主经营|个体户|(政府|残联|市里|国家)[^？?。]{0,6}(给|补|发|有)|self-employ|(start|set up|open|run) (a|an|my own|our own|his own|her own) .{0,20}(business|shop|store)/i;
const OFFER = /优惠|折扣|打折|打几折|便宜|免费|免单|减免|让利|福利|半价|门票|赠送|送(券|礼)|补贴|\b(discounts?|free|cheaper|concessions?|offers?|deals?|reduced|waived?)\b/i;
// "可以去哪里？" asks where help is, which the plan may name (图书馆的盲人阅览室); an address is asked with
// 地址, 在哪里, 怎么去.
const WHERE_TO = /(?<!能|可以|应该|该|要)(交|送|到|去)哪里/;

const ASKS: [FactKind, (q: string) => boolean][] = [
  // A percentage asked for (a reimbursement share, a quota): the plan gives some targets as percentages,
  // and no shares of a payment.
  // (Chinese only: an English question covers too little of the Chinese text for a sentence to be found.)
  // A share set by law or charged on pay (the employment quota, the levy's rate on total wages): rules the
  // plan applies, never states; its own percentages are targets and results.
  ["quota", (q) => /(法定|规定|法律规定|国家规定)的?(安置|就业)?(比例|比率|百分比)[^？?。]{0,6}(百分之(几|多少)|多少|几成|几个点)|按[^？?。]{0,10}(工资|收入|总额|营业额)的?(百分之(几|多少)|几成|多少比例)|(缴纳|交纳|征收|缴费|扣)[^？?。]{0,6}(比例[^？?。]{0,4}(多少|几)|百分之(几|多少)|几成)|\b(legal|statutory|required by law)\b.{0,30}\b(quota|share|percentage|ratio)\b|\b(levy|contribution)\b.{0,30}\b(percent|percentage|rate)\b|\b(percent|percentage|share)\b.{0,40}\b(levy|wages|payroll)\b/i.test(q)],
  ["rate", (q) => /百分之(几|多少)|(比例|比率|占比)(是|为|有)?(多少|几)|报销(比例)?多少(?!钱|元|块)/.test(q)],
  // A business's own offer to its customers (a carmaker's discount, a sight's free ticket): the plan sets what
  // the city and the federation do, never what a shop, dealer or tourist sight gives.
  // …asked in one clause ("老婆在超市上班，…有没有补助" tells who asks), and one's own shop ("开个小网店创业")
  // asks what the city gives its owner.
  ["business_offer", (q) => !OWN_BUSINESS.test(q) && q.split(/[，,。？?；;！!]/).some((clause) => BUSINESS.test(clause) && OFFER.test(clause))],
  // What a person pays for a stay or a service ("住一个月收多少钱") is an amount, even at a facility.
  ["amount", (q) => PRICE.test(q)],
  // Money spent on a cause ("市里一年花在残疾人身上的钱") is what the plan calls 经费投入.
  ["investment", (q) => /投资|造价|建设资金|总投资|预算|投入(了)?多少|多少个?亿|(花|投|用)在[^？?。，,]{0,12}(身上|上面|上头|方面)的钱|(政府|市里|全市|财政|杭州|市政府|残联|国家|城市|the city)[^？?。]{0,16}(花|投|拿出|掏|砸)(了|进去|出去)?(多少|几)[^？?。]{0,2}钱|investment|invest(ed)?\b|budget|\bspen(d|t|ding)\b|funding|expenditure|\b(put|poured|pumped) (in|into)\b|\bput towards\b/i.test(q) || (MONEY.test(q) && FACILITY.test(q))],
  // How an indicator is calculated: the tables give it in their notes ("就业总人数/劳动年龄段人数").
  ["calculation", (q) => /(率|比例|比率|占比|指标)[^？?。]{0,14}((怎么|如何|怎样)(算|计算|统计)|计算(方法|方式)|算法)|口径|(rate|ratio|share|indicator)\b.{0,30}\b(calculated|measured|computed)|how (is|was|are) .{0,40}(rate|ratio|indicator).{0,20}(calculated|measured|computed)/i.test(q)],
  ["area", (q) => /面积|多大|多少平|平方|how (big|large)|floor area|square met/i.test(q) && FACILITY.test(q)],
  // The plan was written in 2021: it reports results up to 2020 and targets for 2025, never what happened later.
  // Whether a measure is still in force today: the site can say what a document says, never that.
  ["in_force", (q) => /(现在|目前|如今|现任)的?[^？?。]{0,10}(理事长|主席|局长|主任|负责人|领导|书记)[^？?。]{0,4}(是谁|是哪位|叫什么|姓什么)|(现在|今天|目前|如今|今年|还)[^？?。]{0,8}(还)?(在)?(执行|有效|实行|施行|算数|管用)|(现在|目前|如今)还在(发|执行|办)|(标准|金额)?(调|涨|提高)了(没有|没|吗)|有没有(调|涨)|(现在|目前|如今)[^？?。]{0,10}(已经)?(开业|开放|开门|建成|建好|运营|投用|投入使用|上线|接诊|招生)[^？?。]{0,4}(吗|没有|没)|还(在|有)效|(still|currently) (in (force|effect)|valid|applies|running)|is (it|this|that) still|in (force|effect) (today|now)|(valid|applies|apply) (today|now)/i.test(q) || OPENED_WHEN.test(q)],
  // A later plan (十五五, 2026–2030) is another document, which this site does not have: its aims are not the
  // plan's 2025 targets, however alike the words.
  ["later_plan", (q) => /十[五六七]五|\b(?:15th|fifteenth|next|following) five[- ]year|20(?:2[6-9])\s*[-–至到~]+\s*20(?:3\d)|(?:下一个|下个|之后的|以后的|新一轮)[^？?。]{0,4}(?:五年)?规划|到\s*20(?:2[6-9]|3\d)\s*年/i.test(q)],
  ["later_result", (q) => /十五五|20(2[6-9]|3\d)年?[^？?。]{0,6}(期间|以后|之后|的规划|新规划)|(20(2[1-9])|十四五)[^？?。]{0,16}(达标|完成得怎么样|完成情况|完成了没|做到了没)|20(2[1-9])\s*年?.{0,12}(实际|达到了|完成了|做到了|多少了|怎么样了|现在)|20(2[1-46-9])\s*年(底|末|的时候)?[^？?。，,]{0,24}(多少|(?<!第)几)|(开完|办完|结束)了.{0,12}(最后|一共|总共)?.{0,6}(多少|(?<!第)几)|actual(ly)? .{0,30}(in|for) 20(2[1-9])|20(2[1-9]) (actual|result|figure)|in 20(2[1-46-9])\b|(现在|目前|如今)(?![^？?。]*(目标|规划|要求|计划))[^？?。]{0,14}(一共|总共)?有多少/i.test(q) || (REACHED.test(q) && namedPeriod(q) !== "past")],
  ["assessment", (q) => /(多少|什么程度|怎样|怎么样)(才)?算[一二三四]级|几级是?(怎么|如何)评|(怎么|如何)评(定)?的|(能|可以)(不能)?评(上|到|得上)?.{0,4}(残疾证|残疾|几级)|能不能(办|拿到|领到)残疾(人)?证|等级怎么(评|定|算)|怎么评(定|残|级)|评残(的)?标准|鉴定标准|评定标准|分级标准|多少分贝|才算(几级|残疾|[一二三四]级)|算不算(残疾|[一二三四]级)|assessment criteria|how (is|are) .{0,20}(graded|assessed)|what counts as/i.test(q)],
  ["amount", (q) => /(减|免|减免|优惠|便宜|补|报销|报(?![名考告道案到])|贴息|利息|贷|借).{0,2}(多少|几多)|(减免|优惠|免费|免|减|便宜)[^？?。]{0,4}几(个)?(小时|钟头|天|折|成)|打几折|几(百|千)(块|元)|多少块(?![金银铜奖牌])|(具体)?数目|具体数额|额度|利率|最高(能)?(拿|领|补|贷|给)多少|最高多少钱|(拿|领)到多少|按什么标准(交|缴|算|收|发|补|征收|收取|计算)|优惠价|票价|门票[^？?。]{0,6}(优惠|多少|免费|便宜)|打折|折扣|贴息几年|monthly amount|the amount of|多少钱|几块钱|多少元|什么金额|金额|保额|(理)?赔(付)?多少|(补贴|补助)标准(是|为)?(多少|几)|(学费|住宿费|伙食费|费用|收费)[^？?。，,]{0,6}多少|发多少|补多少|给多少钱|领多少|拿多少|交多少|缴多少|租金|收费多少|费用是多少|每月.{0,8}多少|每个月.{0,8}多少|一个月.{0,6}多少|一年.{0,6}多少钱|(?<!\bby )how much (money|is|do|does|did|will|would|could|can)|how much [a-z ]{0,30}(subsidy|allowance|money|funding|grant|aid)|(yuan|money|subsidy|allowance|fee|pay|paid|cost)[^?]{0,30}per (bed|month|year|person)|what amount|how many yuan|\b(what|how much)\b( roughly| approximately)? (are|is|were|would be|will be) (the )?(school |tuition |monthly |annual )?(fees?|charges?|tuition)\b/i.test(q)],
  // Days of leave from work ("能放几天带薪陪护假"): an employer's rule for one person, never set by the plan.
  // Bank details to pay money in: an organisation's account, never in a plan.
  ["account", (q) => /(银行|对公)?(账号|账户|帐号|帐户|卡号)[^？?。]{0,8}(和|跟|及|、)?[^？?。]{0,4}(开户行|是多少|是什么|多少)|开户行|收款(账号|账户|码)|捐款(账号|账户|渠道)|(bank )?account (number|details)|sort code|iban|bank details/i.test(q)],
  ["leave", (q) => /(放|休|请|给)(几|多少)天[^？?。]{0,6}假|带薪[^？?。]{0,4}假|假期?(有|是)?(几|多少)天|days? (of|off)\b.{0,20}\b(leave|work)|(paid|carer'?s?|care) leave/i.test(q)],
  // Whether someone can have a disability card is whether they qualify for one, which the plan does not set out.
  ["eligibility", (q) => /(能|可以|可不可以)(办|申请|拿到|领到|领)(个|张|本)?残疾(人)?证|\b(can|could|may) (he|she|i|we|they|my \w+) (get|apply for|obtain|have) (a |an )?(\w+ )?disability (card|certificate)|how (do|can) (i|we|you) get (a |an )?(\w+ )?disability (card|certificate)|我(能|可以|符合|够|算)(不能)?(申请|领|拿|享受|办|吃|条件)|(收入|年龄|存款|资产)[^？?。]{0,6}(低于|高于|不超过|超过|少于)多少[^？?。]{0,4}(才|就)?(符合|能|可以|算)|我(符不符合|够不够|算不算|能不能)|^我(是|家|有)[^？?。]{0,20}(能不能|可不可以|能否|有没有资格|够不够格)(领|申请|享受|拿|办)|(要|需要|得)(满足)?(什么|哪些)条件|条件是什么|(有|要)(啥|什么|哪些)条件|几级(才|就)(能|可以|算|够)|what (are the )?(conditions|requirements)|(他|她|孩子|儿子|女儿|老人|家人|我妈|我爸|老公|老婆|丈夫|妻子).{0,12}(能不能|能否|可不可以|有没有资格|够不够|符不符合)(领|申请|享受|拿|办|吃|得到|获得|评上|住进|入住|进入)|(我家|我们家|我的|孩子|儿子|女儿|老人|我妈|我爸|家里)[^？?。]{0,30}[，,][^？?。]{0,20}(能不能|能否|可不可以)(领|申请|享受|拿|办|住进|入住)|(户口|户籍)(在|是)[^？?。]{0,30}(能不能|能否|可不可以|可以|能)|(外地|非杭州|非本地)(户口|户籍|人)[^？?。]{0,20}(能不能|能否|可不可以|可以|能)|帮我(判断|看看能不能|算算)|(够不够|符不符合|满不满足|达不达到|达没达到)(申请|领取?|享受)?的?(条件|资格|标准)|我家.{0,8}(能不能|能|可以)(申请|领|享受|拿)|我(有没有|有)资格|(am i|is my \w+)( \w+)? eligible|can i (get|claim|apply|receive)|do i qualify/i.test(q)],
  ["procedure", (q) => /(手机上|app|小程序|支付宝|微信|浙里办)[^？?。]{0,6}(能不能|可不可以|可以|能|怎么|如何)(申请|办理?|预约|登记)|(卡|证)(要)?怎么(办|弄)(?!法)|(怎么|如何|在哪|去哪)报名|一步(一)?步[^？?。]{0,4}(办|申请|走)|办理步骤|申请步骤|(办|申请)[^？?。]{0,6}(步骤|手续)|流程(是)?(怎样|怎么样|什么|如何)|(去|在|到)哪(里|儿|家|个)?[^？?。]{0,4}(登记|申请|报名|办理|鉴定|评定)|(怎么|如何)(操作|登记|预约)|(需要|要)预约|考什么|换证|补办|续办|要不要重新(去|办|鉴定|评)|需不需要重新|怎么申请|如何申请|怎样申请|怎么办理|如何办理|怎样办理|申请流程|办理流程|办理手续|去哪(里|儿)?(申请|办|领)|在哪(里|儿)?(申请|办|领)|怎么领|如何领取|找谁办|how (do|can|should) (i|we) apply|how to apply|where (do|can) (i|we) apply|how do i get/i.test(q)],
  ["documents", (q) => /(去|到|在)哪(里|儿)?(交|提交|递交)(材料)?|要(带|准备|交)(什么|哪些)|什么材料|哪些材料|申请材料|证明材料|申请表|什么证件|填什么表|什么表格|what documents|which documents|what forms?/i.test(q)],
  // When money arrives ("每个月几号打到卡上") or a card is reviewed ("几月份去年审"): set by whoever pays or
  // reviews, never by the plan.
  ["deadline", (q) => /(补贴|补助|津贴|钱|工资|保障金)[^？?。]{0,12}(几号|哪天|哪一天|什么时候|啥时候|几时)[^？?。]{0,6}(发|打|到账|到卡|入账|拨)|(几号|哪天|什么时候|啥时候|几时)[^？?。]{0,4}(发|打|到账|到卡)[^？?。]{0,4}(补贴|补助|津贴|钱)|(到账|发放|打款)(时间|日期|日子)|几月份?[^？?。]{0,2}(年审|复审|审核|换证|审)|(年审|复审|换证)[^？?。]{0,8}(几月|什么时候|啥时候|哪个月)|when (is|are|will|does|do) .{0,40}\b(paid|paid out|credited|arrive)\b|(几时|什么时候|啥时候|哪天|几月份?)[^？?。]{0,4}(报名|报考|申请|考试|开考)|提前多久|提前多长时间|多久之前|截止|期限|最晚|什么时候之前|几号之前|几月份?(之|以)?前|多久能(办好|批|到账)|多长时间(能|可以)|(排队?|等)(要)?(多久|多长时间|几个月|几年)|多久(才)?(能)?(轮(到|得到)|拿到|领到|批下来|办下来|下来)|(几|多少)个?工作日|(几|多少)天[^？?。]{0,4}(才)?(能)?(批|办好|办下来|下来|审核|审批|到账)|deadline|how long does it take|how long (is|will) (the|i|we) (wait|queue)|waiting (time|list)/i.test(q)],
  ["address", (q) => WHERE_TO.test(q) || /(考点|考场|地点|窗口|办公室|办事处)(设)?在哪|(哪|什么)一?个?窗口|地址|哪条(路|街|巷)|门牌|坐几路|几路(公交|车)|乘什么车|在哪里(?!设|建|开设|布点)|在哪儿|在什么地方|怎么去|怎么走|位置在|具体位置|(哪个|什么)位置|几楼|哪一?层|离.{0,6}最近的|哪一?家(机构|医院|中心|学校)?[？?。]?$|address|where (is|are) (the|a|an) (?!.{0,20}\bnow\b)|where's the|located/i.test(q)],
  // Whether someone or something may be taken into a place (a guide dog on the metro): a rule of that place.
  ["admission", (q) => ADMISSION.test(q)],
  // Someone who called in ("市民打电话来问") asks what they asked, not a phone number.
  ["phone", (q) => /电话(?!(来|过来)(问|咨询|反映))|联系方式|号码是多少|怎么联系|phone|telephone|contact number/i.test(q)],
  ["hours", (q) => /几点|开放时间|上班时间|营业时间|办公时间|开门|关门|周末(开|上班)|opening hours|open on|what time/i.test(q)],
];

// What stating each kind looks like in a sentence (a table row is read with its column headers).
// Individual eligibility is never stated: it is a decision.
const STATES: Record<FactKind, RegExp | null> = {
  in_force: null,
  admission: null,
  // A note gives the formula, or lists what the figure counts ("手语新闻、残疾人专题节目、…").
  calculation: /备注[^。]*(\/|之比|比值|占比|计算|包括|包含|、)/,
  later_plan: null,
  business_offer: null,
  later_result: null,
  other_place: null,
  assessment: null,
  investment: /(投资|资金|经费|投入)[^。；]{0,16}\d|\d+(?:\.\d+)?\s*(?:万|亿)元/,
  area: /平方米|㎡|面积[^。；]{0,12}\d/,
  amount: /\d+(?:\.\d+)?\s*(?:万|亿)?元/,
  rate: /\d+(?:\.\d+)?\s*%|百分之/,
  eligibility: null,
  procedure: /申请流程|办理流程|办理程序|申请程序|持.{0,6}到.{0,10}办理/,
  documents: /申请材料|提交.{0,6}材料|携带.{0,10}(证|材料)/,
  deadline: /截止|\d+\s*个?工作日|\d+月\d+日前/,
  address: /[路街道]\d+号|\d+号楼/,
  phone: /\d{3,4}-\d{7,8}|(?<!\d)\d{8}(?!\d)|电话/,
  hours: /\d{1,2}[:：]\d{2}/,
  leave: null,
  account: null,
  quota: null,
};

/** Asks what a target is ("目标是多少"), as well as or instead of whether it was reached. */
const TARGET_VALUE = /目标(值)?(是|为|定的是|定在)?(多少|几|什么)|要(达到|到|提高到)多少|what (is|was|were) the (\w+ )?(target|goal)|how (much|many|high) .{0,30}(target|aim)/i;

/** A count of people asked: 多少人, how many students. */
const COUNTS_PEOPLE = /(多少|几)(个|名|位)?(人|学生|孩子|儿童|残疾人|家庭|户)(?!次?均)|\bhow many (\w+ ){0,2}(people|persons|students|pupils|children|kids|families|households|disabled|residents)\b/i;
const MONEY_KINDS = new Set<FactKind>(["investment", "amount"]);
const ASKS_MONEY = /多少钱|几块钱|多少元|金额|how much/i;

/** Whether the question asks only if a target was reached in the end, not what the target was. */
export const asksOnlyWhetherReached = (question: string): boolean => REACHED.test(question) && !TARGET_VALUE.test(question);

/** The first kind of fact the question asks for that needs checking against the content, if any. */
export function factAsked(question: string): FactKind | undefined {
  // "How many students does it help with school costs" counts people: the money is only what they are helped with.
  const people = COUNTS_PEOPLE.test(question) && !ASKS_MONEY.test(question);
  return ASKS.find(([kind, asks]) => !(people && MONEY_KINDS.has(kind)) && asks(question))?.[0];
}

/** Every kind of fact the question asks for, in the order factAsked weighs them ("哪个窗口办？带哪些材料？多久拿到？"). */
export function factsAsked(question: string): FactKind[] {
  return [...new Set(ASKS.filter(([, asks]) => asks(question)).map(([kind]) => kind))];
}

/**
 * The clause of the question that asks for this kind of fact ("十三五末建到哪一步了？总投资大概多少？" asks the
 * investment in its second clause): the whole question when no single clause does.
 */
export function factClause(question: string, kind: FactKind): string {
  const asks = ASKS.filter(([k]) => k === kind).map(([, test]) => test);
  return question.split(/[？?。！!；;，,]/).find((clause) => asks.some((test) => test(clause))) ?? question;
}

export function states(kind: FactKind, text: string): boolean {
  const pattern = STATES[kind];
  return pattern !== null && pattern.test(text);
}
