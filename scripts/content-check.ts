// `npm run content:check`: validates every content file and prints each problem as `file:line: message`.
import { ContentError, formatProblem } from "../app/model/problems";
import { loadContent } from "../app/model/load.server";

try {
  const content = loadContent(process.argv[2]);
  console.log(`内容检查通过：${content.chapters.length} 章，${content.units.size} 个可引用单元（版本 ${content.version}）。`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`内容检查未通过：共 ${error.problems.length} 个问题。`);
  process.exit(1);
}
