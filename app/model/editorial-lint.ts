// The editorial lint (issue 7): what a careful editor would catch, reported as `file:line: message` in
// Chinese. Heading order, link text that names its target, alt text, links that resolve, facts the plan
// does not give only with a source, and a reminder when a page's review date has passed.
import type { ContentProblem, YamlSource } from "./problems";
import { parseRichText, type Inline } from "./rich-text";
import { SOURCED_FIELDS, type Service, type Subsidy } from "./schemas";
import { sitePathExists, type SitePaths } from "./site-paths";

// Link text that says nothing about where it goes (WCAG 2.4.4): refused whatever the link.
const VAGUE = /^(点击|点这里|点击这里|点击此处|这里|此处|了解更多|更多|详情|查看详情|链接|网址|click here|here|more|read more|learn more|link|this page)$/i;

const FIELD_NAMES: Record<(typeof SOURCED_FIELDS)[number], string> = { amount: "金额", address: "地址", phone: "电话", opening_hours: "开放时间" };

interface Loaded<T> {
  value?: T;
  source: YamlSource;
}

export interface LintInput {
  subsidies: Loaded<Subsidy>[];
  services: Loaded<Service>[];
  site: SitePaths;
  /** YYYY-MM-DD; review dates before it are reported. */
  today: string;
  /** Whether a file such as "/images/entrance.png" is in public/. */
  publicFileExists: (path: string) => boolean;
}

function lintInlines(inlines: Inline[], at: number, report: (line: number, message: string) => void, { site, publicFileExists }: Pick<LintInput, "site" | "publicFileExists">) {
  for (const inline of inlines) {
    if (inline.type === "link") {
      if (!inline.text) report(at, `链接“${inline.href}”没有文字：请写出它指向哪里`);
      else if (VAGUE.test(inline.text)) report(at, `链接文字“${inline.text}”没有说明去哪里：请写出目标页面的名称，例如“重度残疾人护理补贴”`);
      if (inline.href.startsWith("/")) {
        if (!sitePathExists(inline.href, site)) report(at, `链接“${inline.href}”指向的页面或段落不存在`);
      } else if (!inline.href.startsWith("https://")) {
        report(at, `链接“${inline.href}”应是站内路径（以 / 开头）或 https:// 开头的网址`);
      }
    } else if (inline.type === "image") {
      if (!inline.alt) report(at, `图片“${inline.src}”缺少替代文字：请在 ![ ] 的方括号里写明图片内容`);
      else if (/\.(png|jpe?g|gif|svg|webp)$/i.test(inline.alt)) report(at, `图片的替代文字“${inline.alt}”是文件名：请写明图片内容`);
      if (!/^\/images\/[\w.-]+$/.test(inline.src)) report(at, `图片“${inline.src}”应放在 public/images/ 下，并写成 /images/文件名`);
      else if (!publicFileExists(inline.src)) report(at, `图片文件 public${inline.src} 不存在`);
    }
  }
}

/** Lints one `details` field: heading order, links, images. */
function lintDetails(text: string, line: (offset: number) => number, report: (line: number, message: string) => void, input: Pick<LintInput, "site" | "publicFileExists">) {
  let previous = 1;
  for (const block of parseRichText(text)) {
    const at = line(block.line);
    if (block.type === "heading") {
      if (block.depth === 1) report(at, "“# ”是页面标题的级别，说明里的标题请从“## ”开始");
      else if (block.depth > previous + 1) report(at, `标题层级跳级：“${"#".repeat(block.depth)} ”前面应先有“${"#".repeat(previous + 1)} ”标题`);
      previous = block.depth;
    }
    const inlines = block.type === "list" ? block.items.flat() : block.inlines;
    lintInlines(inlines, at, report, input);
  }
}

export function lintDerived(input: LintInput, problems: ContentProblem[]): void {
  const entries: Loaded<Subsidy | Service>[] = [...input.subsidies, ...input.services];
  for (const { value, source } of entries) {
    if (!value) continue;
    const report = (line: number, message: string, warning = false) => problems.push({ file: source.file, line, message, ...(warning ? { warning } : {}) });
    for (const field of ["details", "details_en"] as const) {
      const text = value[field];
      if (text) lintDetails(text, (offset) => source.lineWithin([field], offset), report, input);
    }
    for (const field of SOURCED_FIELDS) {
      const filled = (value as Partial<Record<(typeof SOURCED_FIELDS)[number], string>>)[field];
      if (filled && !value.sources.some((s) => s.field === field)) {
        report(source.lineOf([field]), `${FIELD_NAMES[field]}（${field}）只能在注明出处时填写：规划里没有这项内容，请在 sources 里加一条 field: ${field} 的来源（标题、https 网址、核对日期），或者删掉这一行`);
      }
    }
    value.sources.forEach((s, i) => {
      const filled = (value as Partial<Record<(typeof SOURCED_FIELDS)[number], string>>)[s.field];
      if (!filled) report(source.lineOf(["sources", i, "field"]), `sources 里有“${s.field}”的来源，但没有填写 ${s.field}`);
    });
    if (value.review_by < input.today) {
      report(source.lineOf(["review_by"]), `提醒：复核日期 ${value.review_by} 已过。请对照规划核对本页，然后更新 last_updated 和 review_by`, true);
    }
  }
}
