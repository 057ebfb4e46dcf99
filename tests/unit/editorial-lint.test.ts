// The editorial lint: each rule with a failing and a passing example, on a copy of the real content.
import { describe, expect, it } from "vitest";
import { loadContent } from "~/model/load.server";
import { copyContent, edit, lineOf, problemsOf, rename, type ContentCopy } from "./content-fixture";

const SUBSIDY = "subsidies/care-allowance.yaml";
const SERVICE = "services/binjiang-service-centre.yaml";
const ANCHOR = 'last_updated: "2026-11-28"';

/** Adds a `details` block to the subsidy file of a content copy. */
function withDetails(lines: string[]): ContentCopy {
  const copy = copyContent();
  edit(copy, SUBSIDY, ANCHOR, ["details: |", ...lines.map((l) => `  ${l}`), ANCHOR].join("\n"));
  return copy;
}

const passes = (copy: ContentCopy) => expect(() => loadContent(copy, { today: "2026-11-28" })).not.toThrow();

describe("headings in details go in order", () => {
  it("fails a heading that skips a level, at its own line", () => {
    const copy = withDetails(["## 怎么咨询", "#### 细节", "请拨打 12345。"]);
    expect(problemsOf(copy)).toEqual([`${SUBSIDY}:${lineOf(copy, SUBSIDY, "#### 细节")}: 标题层级跳级：“#### ”前面应先有“### ”标题`]);
  });
  it("fails a page-level heading", () => {
    const copy = withDetails(["# 大标题"]);
    expect(problemsOf(copy)).toEqual([expect.stringContaining("请从“## ”开始")]);
  });
  it("passes headings that go one level at a time", () => passes(withDetails(["## 怎么咨询", "### 电话", "请拨打 12345。", "## 其他"])));
});

describe("link text names its target", () => {
  for (const vague of ["点击这里", "了解更多", "click here"]) {
    it(`fails “${vague}”`, () => {
      const copy = withDetails([`详见[${vague}](/subsidies/living-allowance)。`]);
      expect(problemsOf(copy)).toEqual([`${SUBSIDY}:${lineOf(copy, SUBSIDY, vague)}: 链接文字“${vague}”没有说明去哪里：请写出目标页面的名称，例如“重度残疾人护理补贴”`]);
    });
  }
  it("passes a link named by its target", () => passes(withDetails(["详见[困难残疾人生活补贴](/subsidies/living-allowance)。"])));
});

describe("internal links and anchors resolve", () => {
  it("fails a page that does not exist", () => {
    const copy = withDetails(["见[旧页面](/subsidies/no-such-page)。"]);
    expect(problemsOf(copy)).toEqual([expect.stringMatching(/: 链接“\/subsidies\/no-such-page”指向的页面或段落不存在$/)]);
  });
  it("fails an anchor that is not on the page", () => {
    const copy = withDetails(["见[第99条](/plan/tasks#task-99)。"]);
    expect(problemsOf(copy)).toEqual([expect.stringContaining("“/plan/tasks#task-99”指向的页面或段落不存在")]);
  });
  it("fails a plain http address", () => {
    const copy = withDetails(["见[杭州市残联网站](http://example.org)。"]);
    expect(problemsOf(copy)).toEqual([expect.stringContaining("应是站内路径（以 / 开头）或 https:// 开头的网址")]);
  });
  it("passes a unit anchor, a glossary anchor and an https address", () =>
    passes(withDetails(["见[优化辅具适配服务](/plan/tasks#task-12)、[托养](/glossary#residential-care)和[浙江政务服务网](https://www.zjzwfw.gov.cn/)。"])));
});

describe("images need alt text", () => {
  it("fails an image without alt text", () => {
    const copy = withDetails(["![](/favicon.svg)"]);
    expect(problemsOf(copy)).toEqual(expect.arrayContaining([expect.stringContaining("缺少替代文字")]));
  });
  it("fails alt text that is a file name", () => {
    const copy = withDetails(["![photo.png](/images/photo.png)"]);
    expect(problemsOf(copy)).toEqual(expect.arrayContaining([expect.stringContaining("是文件名")]));
  });
  it("passes an image in public/images with alt text that says what it shows", () => {
    const copy = withDetails(["![滨江区残疾人综合服务中心的无障碍入口](/images/entrance.png)"]);
    const publicFileExists = (path: string) => path === "/images/entrance.png";
    expect(() => loadContent(copy, { today: "2026-11-28", publicFileExists })).not.toThrow();
  });
  it("fails an image that is not in public/images", () => {
    const copy = withDetails(["![服务中心大门](/images/no-such-file.png)"]);
    expect(problemsOf(copy)).toEqual([expect.stringContaining("图片文件 public/images/no-such-file.png 不存在")]);
  });
});

describe("numbers in details come from the cited units", () => {
  it("fails a number the plan does not give", () => {
    const copy = withDetails(["每月发放 480 元。"]);
    expect(problemsOf(copy)).toEqual([expect.stringContaining("“details”里的数字 480 在所引用的规划单元里找不到")]);
  });
});

describe("amount, address, phone and opening hours only with a cited source", () => {
  it("fails an address without a source", () => {
    const copy = copyContent();
    edit(copy, SERVICE, ANCHOR, `address: 滨江区某路1号\n${ANCHOR}`);
    expect(problemsOf(copy)).toEqual([`${SERVICE}:${lineOf(copy, SERVICE, "address:")}: 地址（address）只能在注明出处时填写：规划里没有这项内容，请在 sources 里加一条 field: address 的来源（标题、https 网址、核对日期），或者删掉这一行`]);
  });
  it("fails an amount without a source", () => {
    const copy = copyContent();
    edit(copy, SUBSIDY, ANCHOR, `amount: 每月若干元\n${ANCHOR}`);
    expect(problemsOf(copy)).toEqual([expect.stringContaining("金额（amount）只能在注明出处时填写")]);
  });
  it("passes an address with its source, and shows both", () => {
    const copy = copyContent();
    edit(copy, SERVICE, ANCHOR, `address: 滨江区某路1号\nsources:\n  - field: address\n    title: 滨江区残联公告\n    url: https://example.gov.cn/notice\n    checked: "2026-11-20"\n${ANCHOR}`);
    const content = loadContent(copy, { today: "2026-11-28" });
    expect(content.services.find((s) => s.id === "binjiang-service-centre")?.sources[0].field).toBe("address");
  });
});

describe("review dates", () => {
  it("warns, without failing, when a review date has passed", () => {
    const content = loadContent(undefined, { today: "2099-01-01" });
    expect(content.warnings.length).toBe(content.subsidies.length + content.services.length);
    expect(content.warnings[0].message).toMatch(/^提醒：复核日期 \d{4}-\d{2}-\d{2} 已过/);
  });
  it("has nothing to warn about before the date", () => {
    expect(loadContent(undefined, { today: "2026-11-28" }).warnings).toEqual([]);
  });
});

describe("published addresses keep working", () => {
  const RENAMED = "subsidies/above-quota-reward.yaml";
  /** Renames a published subsidy the way an editor would: its id, its file, and the links to it. */
  function renameSubsidy(): ContentCopy {
    const copy = copyContent();
    edit(copy, RENAMED, "id: above-quota-reward", "id: quota-reward");
    rename(copy, RENAMED, "subsidies/quota-reward.yaml");
    edit(copy, "faq/employment.yaml", "/subsidies/above-quota-reward,", "/subsidies/quota-reward,");
    return copy;
  }

  it("refuses renaming a published subsidy without a redirect entry", () => {
    const copy = renameSubsidy();
    const line = lineOf(copy, "published-ids.txt", "/subsidies/above-quota-reward");
    expect(problemsOf(copy)).toEqual([
      `published-ids.txt:${line}: “/subsidies/above-quota-reward”已经发布过，不能直接删除或改名：请在 content/redirects.yaml 里加一条 from: /subsidies/above-quota-reward，写明新地址（to）或删除的原因（note）`,
    ]);
  });
  it("accepts the rename once redirects.yaml says where it went", () => {
    const copy = renameSubsidy();
    edit(copy, "redirects.yaml", "redirects: []", 'redirects:\n  - from: /subsidies/above-quota-reward\n    to: /subsidies/quota-reward\n    date: "2026-11-28"');
    passes(copy);
  });
  it("a removal needs a note for readers", () => {
    const copy = copyContent();
    edit(copy, "redirects.yaml", "redirects: []", 'redirects:\n  - from: /subsidies/gone\n    date: "2026-11-28"');
    expect(problemsOf(copy)).toEqual([expect.stringContaining("删除的地址（没有 to）必须写 note 和 note_en")]);
  });
  it("a redirect to an address that does not exist is refused", () => {
    const copy = copyContent();
    edit(copy, "redirects.yaml", "redirects: []", 'redirects:\n  - from: /subsidies/gone\n    to: /subsidies/also-gone\n    date: "2026-11-28"');
    expect(problemsOf(copy)).toEqual([expect.stringContaining("转向的新地址“/subsidies/also-gone”不存在")]);
  });
});
