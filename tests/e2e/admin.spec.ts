// The web editor (issue 19), as its users use it: a site of its own (its own content folder, data folder,
// admin database and Meilisearch), accounts made with `npm run admin:user`, and real Chromium. Each journey
// waits for the published version to be served; nothing here is timed.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { startSite, type SiteProcess } from "../../support/site-process";
import { expectNoAxeViolations } from "./axe";

test.describe.configure({ mode: "serial" });

const ENTRY = "faq-transport-free-citywide";
const BEFORE = "也就是在全市范围统一推进";
const AFTER = "也就是在全市范围内统一推进";
const PASSWORD = (user: string) => `correct-horse-battery-${user}`;
const USERS = [
  ["lihua", "editor", "李华"],
  ["chenjing", "editor", "陈静"],
  ["zhouqiang", "editor", "周强"],
  ["wangfang", "reviewer", "王芳"],
  ["zhaomin", "publisher", "赵敏"],
] as const;

let site: SiteProcess;
let folder: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  folder = mkdtempSync(join(tmpdir(), "admin-e2e-"));
  cpSync("content", join(folder, "content"), { recursive: true });
  const env = { CONTENT_DIR: join(folder, "content"), DATA_DIR: join(folder, "data"), OPENAI_API_KEY: "", ASK_RATE_LIMIT: "1000" };
  for (const [name, role, display] of USERS) {
    const made = spawnSync("npx", ["tsx", "scripts/admin-user.ts", "create", name, "--role", role, "--name", display, "--password-stdin"], { input: PASSWORD(name), env: { ...process.env, ...env }, encoding: "utf8" });
    expect(made.status, made.stderr).toBe(0);
  }
  site = await startSite(env, "meilisearch");
});

test.afterAll(async () => {
  await site?.stop();
  rmSync(folder, { recursive: true, force: true });
});

async function signIn(page: Page, user: string, lang: "" | "/en" = "") {
  await page.goto(`${site.url}${lang}/admin`);
  await page.getByLabel(lang ? "Username" : "用户名").fill(user);
  await page.getByLabel(lang ? "Password" : "密码").fill(PASSWORD(user));
  await page.getByRole("button", { name: lang ? "Sign in" : "登录" }).click();
  await expect(page.getByRole("button", { name: lang ? "Sign out" : "退出登录" })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "编辑人员登录" })).toBeVisible();
}

/** The signed-in author hands over: a reviewer approves the draft, and the publisher opens it and writes `note`. */
async function approveForPublishing(page: Page, draft: string, note: string) {
  await signOut(page);
  await signIn(page, "wangfang");
  await page.goto(draft);
  await page.getByRole("button", { name: "通过审核" }).click();
  await expect(page.getByRole("status")).toHaveText("已通过审核。");
  await signOut(page);
  await signIn(page, "zhaomin");
  await page.goto(draft);
  await page.getByLabel("改动说明（会公开显示）").fill(note);
}

/** …and publishes it now. */
async function approveAndPublish(page: Page, draft: string, note: string) {
  await approveForPublishing(page, draft, note);
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("已发布");
}

/** Waits until the site serves what was published (the swap takes a moment). */
async function servedFaq(page: Page, text: string, path = "/faq") {
  await expect
    .poll(async () => (await (await page.request.get(site.url + path)).text()).includes(text), { timeout: 30_000 })
    .toBe(true);
}

test("a visitor who is not signed in reaches no admin page or action", async ({ request }) => {
  const pages = ["/admin", "/admin/faq", `/admin/faq/${ENTRY}`, "/admin/drafts/1", "/admin/versions", "/admin/preview/1/faq", "/en/admin", `/en/admin/faq/${ENTRY}`];
  for (const path of pages) {
    const response = await request.get(site.url + path, { maxRedirects: 0 });
    expect([302, 303], path).toContain(response.status());
    expect(response.headers().location, path).toMatch(/\/admin\/login\?next=/);
    expect(response.headers()["cache-control"], path).toContain("no-store");
  }
  for (const path of [`/admin/faq/${ENTRY}`, "/admin/drafts/1", "/admin/versions", "/admin/logout"]) {
    const response = await request.post(site.url + path, { form: { intent: "submit", answer: "改掉", csrf: "x" }, maxRedirects: 0 });
    expect([302, 303], path).toContain(response.status());
    expect(response.headers().location, path).toMatch(/\/admin\/login/);
  }
  // The sign-in page is not indexed and not listed.
  const login = await request.get(`${site.url}/admin/login`);
  expect(await login.text()).toContain('content="noindex, nofollow"');
  expect(await (await request.get(`${site.url}/sitemap.xml`)).text()).not.toContain("/admin");
});

test("wrong passwords are refused, and too many lock the account for a while", async ({ page }) => {
  await page.goto(`${site.url}/admin/login`);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("用户名").fill("zhouqiang");
    await page.getByLabel("密码").fill("wrong-password-123");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("alert")).toContainText("用户名或密码不对");
  }
  await page.getByLabel("用户名").fill("zhouqiang");
  await page.getByLabel("密码").fill(PASSWORD("zhouqiang"));
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert")).toContainText("登录失败次数太多");
});

test("editor → reviewer → publisher: a typo fixed, previewed, approved and live on the page, in search and in the assistant", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "lihua");
  await page.goto(`${site.url}/admin/faq/${ENTRY}`);
  await expectNoAxeViolations(page);
  const answer = page.getByLabel("回答", { exact: true });
  await answer.fill((await answer.inputValue()).replace(BEFORE, AFTER));
  await page.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(page.getByRole("status")).toHaveText("已提交审核。");
  const draft = page.url().split("?")[0];
  // An editor cannot approve: there is no such button, and a forged form is refused.
  await expect(page.getByRole("button", { name: "通过审核" })).toHaveCount(0);
  await signOut(page);

  await signIn(page, "wangfang");
  await page.goto(draft);
  await expect(page.getByRole("table", { name: "改动" })).toContainText(AFTER);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "预览这个页面（已套用草稿）" }).click();
  await expect(page.getByRole("complementary", { name: "预览" })).toContainText("还没有发布");
  await expect(page.locator(`[id="${ENTRY}"]`)).toContainText(AFTER);
  // Not yet on the site itself.
  expect(await (await page.request.get(`${site.url}/faq`)).text()).toContain(BEFORE);
  await page.goto(draft);
  await page.getByLabel("预览问答（已套用草稿）").fill("我住在临安，持证残疾人免费乘车这个政策，全市是不是都一样？");
  await page.getByRole("button", { name: "提问" }).click();
  await expect(page.locator(".answer")).toContainText(AFTER);
  await page.getByRole("button", { name: "通过审核" }).click();
  await expect(page.getByRole("status")).toHaveText("已通过审核。");
  await signOut(page);

  await signIn(page, "zhaomin");
  await page.goto(draft);
  await page.getByLabel("重要改动（会在“最近的内容变动”中突出显示）").check();
  await page.getByLabel("改动说明（会公开显示）").fill("常见问题：补上一个字");
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("已发布");
  await servedFaq(page, AFTER);
  const search = await (await page.request.get(`${site.url}/api/search?q=${encodeURIComponent("全市范围内统一推进")}`)).json();
  expect(search.hits[0].url).toBe(`/faq#${ENTRY}`);
  const asked = await (await page.request.post(`${site.url}/api/ask`, { data: { question: "我住在临安，持证残疾人免费乘车这个政策，全市是不是都一样？" } })).json();
  expect(asked.answer).toContain(AFTER);
  const changes = await (await page.request.get(`${site.url}/changes`)).text();
  expect(changes).toContain("常见问题：补上一个字");
  expect(changes).toContain("（重要改动）");
});

test("a reviewer cannot approve their own draft", async ({ page }) => {
  await signIn(page, "wangfang");
  await page.goto(`${site.url}/admin/faq/faq-transport-parking-plan`);
  const answer = page.getByLabel("回答", { exact: true });
  await answer.fill((await answer.inputValue()).replace("怎么办理，规划都没写", "怎么办理，规划里都没写"));
  await page.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(page.getByText("您不能审核自己写的草稿")).toBeVisible();
  await expect(page.getByRole("button", { name: "通过审核" })).toHaveCount(0);
  const csrf = await page.locator("input[name=csrf]").first().inputValue();
  const forged = await page.request.post(page.url().split("?")[0], { form: { csrf, intent: "approve" } });
  expect(await forged.text()).toContain("您不能审核自己写的草稿");
});

test("a quote that is not in the official text, or no quote at all, is stopped next to the field", async ({ page }) => {
  await signIn(page, "lihua");
  await page.goto(`${site.url}/admin/faq/faq-transport-free-history`);
  for (const box of await page.getByRole("group", { name: "引用的规划原文" }).getByRole("checkbox").all()) await box.uncheck();
  await page.getByRole("button", { name: "保存草稿" }).click();
  const quotes = page.getByRole("group", { name: "引用的规划原文" });
  await expect(quotes.locator(".error-message")).toContainText("至少引用一句规划原文");
  await expect(page.getByRole("alert").getByRole("link", { name: /至少引用一句规划原文/ })).toBeVisible();
  await expectNoAxeViolations(page);
  // Found in the official text and ticked, a sentence is quoted as printed.
  await page.getByLabel("在原文里查找句子").fill("免费乘坐市内公共交通");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(quotes.getByRole("checkbox")).not.toHaveCount(0);
  // A sentence that is not in the plan, sent as if it were chosen, is refused by the content check.
  const csrf = await page.locator("input[name=csrf]").first().inputValue();
  const form = new URLSearchParams({ csrf, intent: "save", question: "持证残疾人免费坐公共交通，是规划新提出来的吗？", question_en: "Is free public transport for people with a disability certificate something new in this plan?", answer: "不是新提出的。请拨打 12345 咨询。", answer_en: "No. Call 12345 for today's rules.", quotes: JSON.stringify(["hangzhou-disability-plan-2021-2025", "task-27", "残疾人坐公交一律免费"]) });
  const refused = await page.request.post(`${site.url}/admin/faq/faq-transport-free-history`, { headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: form.toString() });
  expect(await refused.text()).toContain("残疾人坐公交一律免费");
  expect(await (await page.request.get(`${site.url}/faq`)).text()).not.toContain("残疾人坐公交一律免费");
});

test("two editors changing one entry: the second sees the first's published change and keeps both", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  const id = "faq-housing-urban-rental";
  await signIn(first, "lihua");
  await signIn(second, "chenjing");
  await second.goto(`${site.url}/admin/faq/${id}`);
  const secondAnswer = second.getByLabel("回答（英文）");
  await secondAnswer.fill((await secondAnswer.inputValue()).replace("Call 12345 for the current rules.", "Call 12345 to ask about the current rules."));
  await second.getByRole("button", { name: "保存草稿" }).click();
  await expect(second.getByRole("status")).toHaveText("草稿已保存，检查全部通过。");

  await first.goto(`${site.url}/admin/faq/${id}`);
  const firstAnswer = first.getByLabel("回答", { exact: true });
  await firstAnswer.fill((await firstAnswer.inputValue()).replace("申请流程。", "申请办法。"));
  await first.getByRole("button", { name: "保存并提交审核" }).click();
  await approveAndPublish(first, first.url().split("?")[0], "常见问题：用词更准确");
  await servedFaq(first, "申请办法。");

  // The second editor's next save shows what was published meanwhile and does not go through unseen.
  await second.reload();
  await expect(second.locator("#conflict")).toContainText("申请办法。");
  await second.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(second.locator("#conflict")).toBeVisible();
  // The second editor brings the first's change into the draft, confirms, and sends it on.
  const chinese = second.getByLabel("回答", { exact: true });
  await chinese.fill((await chinese.inputValue()).replace("申请流程。", "申请办法。"));
  await second.getByLabel("我已经看过新发布的版本，我的草稿保留了需要的改动").check();
  await second.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(second.getByRole("status")).toHaveText("已提交审核。");
  await approveAndPublish(second, second.url().split("?")[0], "常见问题：英文说法更清楚");
  await servedFaq(second, "Call 12345 to ask about the current rules.", "/en/faq");
  expect(await (await second.request.get(`${site.url}/faq`)).text()).toContain("申请办法。");
});

test("a publisher rolls back to the previous version and the old text is served again", async ({ page }) => {
  await signIn(page, "zhaomin");
  await page.goto(`${site.url}/admin/versions`);
  await expectNoAxeViolations(page);
  const previous = page.getByRole("listitem").filter({ hasText: "常见问题：用词更准确" });
  await previous.getByLabel("恢复原因").fill("英文说法需要再商量");
  await previous.getByRole("button", { name: /恢复到这个版本/ }).click();
  await expect(page.getByRole("status")).toContainText("已恢复到版本");
  await expect
    .poll(async () => (await (await page.request.get(`${site.url}/en/faq`)).text()).includes("Call 12345 to ask about the current rules."), { timeout: 30_000 })
    .toBe(false);
  expect(await (await page.request.get(`${site.url}/faq`)).text()).toContain("申请办法。");
});

test("a publisher schedules a publish; it goes live when its time comes, without anyone pressing anything", async ({ page }) => {
  await signIn(page, "chenjing");
  await page.goto(`${site.url}/admin/faq/faq-housing-allocation-categories`);
  const answer = page.getByLabel("回答", { exact: true });
  await answer.fill((await answer.inputValue()).replace("其他条件，请拨打", "其他条件。请拨打"));
  await page.getByRole("button", { name: "保存并提交审核" }).click();
  await approveForPublishing(page, page.url().split("?")[0], "常见问题：标点");
  await page.getByLabel("定时发布").check();
  // This minute, in Hangzhou time: due at once, so the next scheduled check publishes it.
  const now = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).format(new Date()).replace(" ", "T");
  await page.getByLabel("发布时间（杭州时间）").fill(now);
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已安排定时发布。");
  await servedFaq(page, "其他条件。请拨打");
  await page.reload();
  await expect(page.getByText("已发布 · 修改人：陈静")).toBeVisible();
});

test("a plain summary's sentences are a list: one is changed, one added, one removed, each checked", async ({ page }) => {
  await signIn(page, "lihua");
  await page.goto(`${site.url}/admin/summary/notice`);
  const first = page.getByRole("group", { name: "第 1 项" });
  await first.getByLabel("易读文字", { exact: true }).fill("这是发布这份规划的通知。规划讲的是2021年到2025年杭州怎样发展残疾人事业。");
  // A new sentence must cite the units it restates, and every number in it must be in them.
  const added = page.getByRole("group", { name: "新增一项（不需要就留空）" });
  await added.getByLabel("易读文字", { exact: true }).fill("通知在2099年发出。");
  await added.getByLabel("易读文字（英文）").fill("The notice was sent in 2099.");
  await added.getByLabel("引用的规划单元编号").fill("notice-body");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("alert")).toContainText("2099");
  // Taken out again, and the last sentence removed instead: the draft passes.
  await page.getByRole("group", { name: /^第 \d+ 项$/ }).last().getByRole("checkbox", { name: /删除第/ }).check();
  await page.getByRole("group", { name: /^第 \d+ 项$/ }).filter({ hasText: "2099" }).getByRole("checkbox", { name: /删除第/ }).check();
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status")).toHaveText("草稿已保存，检查全部通过。");
});

test("renaming an entry publishes it at its new address and the old address leads there", async ({ page }) => {
  await signIn(page, "lihua");
  await page.goto(`${site.url}/admin/glossary/device-rental`);
  await page.getByLabel("编号").fill("device-renting");
  await page.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(page.getByRole("status")).toHaveText("已提交审核。");
  await approveAndPublish(page, page.url().split("?")[0], "词语解释：编号改得更清楚");
  await servedFaq(page, 'id="device-renting"', "/glossary");
  // An old link to the term's anchor is taken to its new place.
  await page.goto(`${site.url}/glossary#device-rental`);
  await expect(page).toHaveURL(/\/glossary#device-renting$/);
});

test("a new entry: an editor records where an old address now leads, and after review it does", async ({ page, request }) => {
  await signIn(page, "lihua");
  await page.goto(`${site.url}/admin/redirect`);
  await page.getByRole("link", { name: "新建一条" }).click();
  await page.getByLabel("旧地址").fill("/services/old-binjiang-centre");
  await page.getByLabel("日期").fill("2026-12-01");
  // Neither a new address nor a note: the schema's own rule says what is missing, next to the field.
  await page.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(page.getByRole("alert")).toContainText("note");
  await page.getByLabel("新地址").fill("/services/binjiang-service-centre");
  await page.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(page.getByRole("status")).toHaveText("已提交审核。");
  await approveAndPublish(page, page.url().split("?")[0], "服务机构：旧地址转到新地址");
  await expect
    .poll(async () => (await request.get(`${site.url}/services/old-binjiang-centre`, { maxRedirects: 0 })).headers().location, { timeout: 30_000 })
    .toBe("/services/binjiang-service-centre");
});

for (const lang of ["", "/en"] as const) {
  test(`every admin page passes axe${lang ? " in English" : " in Chinese"}`, async ({ page }) => {
    // Eighteen pages, each loaded and checked by axe (about 3 s each here): the default 60 s for one test
    // left a slow machine no margin, and a fresh-clone run timed out at the last pages.
    test.setTimeout(180_000);
    await page.goto(`${site.url}${lang}/admin/login`);
    await expectNoAxeViolations(page);
    await signIn(page, "zhaomin", lang);
    for (const path of ["/admin", "/admin/faq", `/admin/faq/${ENTRY}`, "/admin/glossary", "/admin/glossary/assistive-devices", "/admin/subsidy", "/admin/subsidy/care-allowance", "/admin/service", "/admin/service/binjiang-service-centre", "/admin/summary", "/admin/summary/notice", "/admin/redirect", "/admin/redirect/new", "/admin/faq/new", "/admin/versions", "/admin/drafts/1", "/admin/preview/1/faq"]) {
      await page.goto(`${site.url}${lang}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("an editor signs in, saves a draft and signs out with plain forms", async ({ page }) => {
    await signIn(page, "chenjing");
    await page.goto(`${site.url}/admin/faq/faq-transport-parking-plan`);
    const answer = page.getByLabel("回答", { exact: true });
    await answer.fill((await answer.inputValue()).replace("请拨打 12345 问清现行规定", "请拨打 12345，问清现行规定"));
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByRole("status")).toHaveText("草稿已保存，检查全部通过。");
    await expect(page.getByLabel("回答", { exact: true })).toHaveValue(/请拨打 12345，问清现行规定/);
    await signOut(page);
    const after = await page.request.get(`${site.url}/admin`, { maxRedirects: 0 });
    expect(after.status()).toBe(302);
  });
});
