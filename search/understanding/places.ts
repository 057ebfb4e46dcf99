// Places other than Hangzhou a question asks about ("上海的两项补贴跟杭州比哪个高", "compared with Shenzhen's").
// The content is Hangzhou's: what another city or country gives is never in it, so such a question is
// not answered with Hangzhou's text as if it were the other place's. A place named only as where the
// asker comes from ("老家在四川", "户口在上海") is background: the question is still about Hangzhou.

// Provinces and the larger cities of China, Zhejiang's other cities, and places abroad people compare with.
const CHINA = "北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾 石家庄 太原 呼和浩特 沈阳 大连 长春 哈尔滨 南京 苏州 无锡 常州 合肥 福州 厦门 南昌 济南 青岛 郑州 武汉 长沙 广州 深圳 南宁 海口 成都 贵阳 昆明 拉萨 西安 兰州 西宁 银川 乌鲁木齐 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌";
const ABROAD = "美国 英国 日本 韩国 德国 法国 新加坡 澳大利亚 加拿大 东京 纽约 伦敦";
const ENGLISH = "Beijing Tianjin Shanghai Chongqing Guangzhou Shenzhen Nanjing Suzhou Wuxi Ningbo Wenzhou Jiaxing Huzhou Shaoxing Jinhua Taizhou Lishui Yiwu Chengdu Wuhan Xi'an Changsha Xiamen Qingdao Hong Kong Macau Macao Taiwan Jiangsu Guangdong Sichuan Singapore Japan Korea Germany France Britain England London Tokyo Australia Canada America";

const CHINESE_NAMES = [...CHINA.split(" "), ...ABROAD.split(" ")];
// Compiled once: every question asked is read against them.
const ENGLISH_NAMES = ENGLISH.split(/ (?=[A-Z])/).map((name) => new RegExp(`\\b${name.replace(/'/g, "['’]?")}\\b`, "gi"));

/** A place named as the asker's origin or home, not as what is asked about. */
const BACKGROUND = /(老家|户口|户籍|家乡|来自|从|搬|嫁|出生|生在|长在|在.{0,2})$/;
/** The place is what is asked about: its own rules or figures, or a comparison with it. */
// …or its own plan, policy or standard ("宁波市残疾人十四五规划里的目标"), or its disabled people and their
// federation with no 的 to mark them ("上海残疾人就业率目标是多少").
const ASKED_ZH = /^(市|省)?(的|那边|那儿|那里|这边|当地|人|残疾|残联|全市|全省|[^，,。？?]{0,10}(规划|政策|标准|文件))/;
/** A service used in the place named after 在 ("在上海坐地铁", "在北京看病", "在深圳办证"). */
const USED_THERE = /^(市|省)?(里|市内|当地)?(坐|乘|搭|打车|看病|就医|住院|办|领|申请|享受|用|上学|读书|入住|买票|进)/;
const COMPARE_ZH = /比|相比|对比|比较|一样|差不多|哪个(高|低|多|少|好)|差别|区别|不同/;

/**
 * The places outside Hangzhou the question asks about, in the order named (Chinese or English names as
 * typed). A place is asked about when the question speaks of it ("上海的…", "宁波那边…", "Shenzhen's") or
 * compares with it; a place given as the asker's background is not.
 */
export function placesAsked(question: string): string[] {
  const found: { name: string; at: number }[] = [];
  for (const name of CHINESE_NAMES) {
    for (let at = question.indexOf(name); at >= 0; at = question.indexOf(name, at + 1)) {
      const before = question.slice(Math.max(0, at - 4), at);
      const after = question.slice(at + name.length);
      // 浙江西部 is not 江西.
      if (/浙$/.test(before) && name === "江西") continue;
      // "在上海坐地铁能免费吗" asks what one gets there; "在上海工作，…杭州的补贴" tells where one works.
      const usedThere = /在.{0,2}$/.test(before) && USED_THERE.test(after) && !/杭州/.test(question);
      if (BACKGROUND.test(before) && !usedThere) continue;
      if (usedThere) {
        found.push({ name, at });
        continue;
      }
      if (ASKED_ZH.test(after) || COMPARE_ZH.test(question)) found.push({ name, at });
    }
  }
  for (const pattern of ENGLISH_NAMES) {
    for (const match of question.matchAll(pattern)) {
      const before = question.slice(0, match.index);
      if (/\b(from|born in|grew up in|live in|living in|lived in|work in|working in|hukou in)\s+$/i.test(before)) continue;
      // In English a place named anywhere but as the asker's background is what is asked about ("What rate is
      // Shanghai aiming for?"): the question's subject comes with no 的 to mark it.
      found.push({ name: match[0], at: match.index! });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.name))];
}
