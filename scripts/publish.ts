// `npm run publish`: checks the content folder with every content:check rule and, when it passes, publishes
// it: the running site processes swap to it, pages, search and the assistant together, without a build or a
// restart (decision 0016). It returns when every running process serves the new version.
//   npm run publish -- --note "说明"          publish content/ (CONTENT_DIR)
//   npm run publish -- --rollback <版本> [--note "说明"]   serve an earlier version again
//   npm run publish -- --history              list the publishes, newest first
import { parseArgs } from "node:util";
import { BEAT_MAX_AGE_MS, publish, rollback, waitForInstances, type PublishOutcome } from "../app/lib/publish.server";
import { contentDir } from "../app/model/load.server";
import { formatProblem } from "../app/model/problems";
import { liveInstances, publishDir, publishHistory, type ChangedFile, type PublishRecord } from "../app/model/publish-store.server";

const USAGE = "用法：npm run publish -- [--note 说明] | --rollback <版本> [--note 说明] | --history";
/** Long enough for a process to build a version's search index on a slow machine; only a hang reaches it. */
const SWAP_TIMEOUT_MS = 60_000;

const CHANGE = { added: "新增", changed: "修改", removed: "删除" } as const;
const KIND = { publish: "发布", start: "启动时发布", rollback: "回滚" } as const;

function options() {
  try {
    return parseArgs({ options: { note: { type: "string" }, rollback: { type: "string" }, history: { type: "boolean" } } }).values;
  } catch {
    console.error(USAGE);
    process.exit(2);
  }
}

const describeFiles = (files: ChangedFile[]) => (files.length ? files.map((f) => `  ${CHANGE[f.change]} ${f.path}`).join("\n") : "  （没有文件改动）");

function printHistory(records: PublishRecord[]): void {
  if (!records.length) return console.log("还没有发布记录。");
  for (const r of records) console.log(`${r.at}  ${r.version}  ${KIND[r.kind]}  ${r.files.length} 个文件${r.note ? `  ${r.note}` : ""}`);
}

async function report(outcome: PublishOutcome | { ok: false; missing: true }, what: string): Promise<number> {
  if (!outcome.ok) {
    if ("missing" in outcome) {
      console.error(`没有找到内容版本“${values.rollback}”。可以回滚到的版本（npm run publish -- --history）：`);
      printHistory(publishHistory().slice(0, 10));
      return 1;
    }
    console.error(`内容检查发现 ${outcome.problems.length} 个问题，没有${what}；网站继续使用原来的版本：\n${outcome.problems.map(formatProblem).join("\n")}`);
    return 1;
  }
  const { record } = outcome;
  if (outcome.unchanged) {
    console.log(`网站已经在使用这个内容版本（${record.version}），没有需要${what}的改动。`);
    return 0;
  }
  console.log(`已${what}内容版本 ${record.version}：\n${describeFiles(record.files)}`);
  const started = Date.now();
  const running = liveInstances(BEAT_MAX_AGE_MS).length;
  if (!running) {
    console.log(`现在没有正在运行的网站进程；网站下次启动时会使用这个版本。`);
    return 0;
  }
  const { serving, behind } = await waitForInstances(record.version, SWAP_TIMEOUT_MS);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!behind.length) {
    console.log(`${serving.length} 个网站进程都已切换到新版本（用时 ${seconds} 秒）。`);
    return 0;
  }
  console.error(`${serving.length} 个网站进程已切换；${behind.length} 个还在使用旧版本（等待了 ${seconds} 秒）：`);
  for (const b of behind) console.error(`  进程 ${b.id}：${b.failed?.version === record.version ? `无法使用新版本：${b.failed.message}` : `仍在使用 ${b.version}`}`);
  return 1;
}

const values = options();
if (values.history) {
  printHistory(publishHistory());
  process.exit(0);
}
console.log(`发布目录：${publishDir()}`);
const code = values.rollback
  ? await report(rollback(values.rollback, values.note ?? ""), "回滚到")
  : await report(publish({ dir: contentDir(), note: values.note ?? "" }), "发布");
process.exit(code);
