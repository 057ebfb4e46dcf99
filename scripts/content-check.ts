// `npm run content:check`: validates every content file and prints each problem as `file:line: message`,
// then the sentence-length figures of the plain-language text (易读版 and glossary).
import { ContentError, formatProblem } from "../app/model/problems";
import { loadContent } from "../app/model/load.server";
import { PLAIN_LIMITS, enStats, zhStats } from "../app/model/plain-language";
import { summaryKey } from "../app/model/plan";

function report(content: ReturnType<typeof loadContent>) {
  const rows = [
    ...content.documents.flatMap((d) =>
      d.chapters.flatMap((c) => {
        const s = content.summaries.get(summaryKey(d.id, c.slug));
        return s ? [{ file: `${d.summaries}/${s.chapter}.yaml`, zh: zhStats(s.points.map((p) => p.text)), en: enStats(s.points.map((p) => p.text_en)) }] : [];
      }),
    ),
    { file: "glossary.yaml", zh: zhStats(content.glossary.map((g) => g.explain)), en: enStats(content.glossary.map((g) => g.explain_en)) },
  ];
  console.log(`易读文字句长（上限：中文平均 ≤ ${PLAIN_LIMITS.zhMean} 字、第 90 百分位 ≤ ${PLAIN_LIMITS.zhP90} 字；英文平均 ≤ ${PLAIN_LIMITS.enMean} 词）`);
  for (const { file, zh, en } of rows) {
    console.log(`  ${file.padEnd(28)} 中文 ${String(zh.sentences).padStart(3)} 句 平均 ${zh.mean} 字 P90 ${zh.p90} 字 · 英文 ${String(en.sentences).padStart(3)} 句 平均 ${en.mean} 词`);
  }
}

try {
  const content = loadContent(process.argv[2]);
  for (const warning of content.warnings) console.warn(formatProblem(warning));
  console.log(`内容检查通过：${content.documents.length} 份文件，${content.chapters.length} 章，${content.units.size} 个可引用单元（版本 ${content.version}）${content.warnings.length ? `，${content.warnings.length} 条提醒` : ""}。`);
  report(content);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`内容检查未通过：共 ${error.problems.filter((p) => !p.warning).length} 个问题。`);
  process.exit(1);
}
