// What the server does with the content folder (decision 0016): at start, publish it if it passes every
// check, else serve the last version published (or refuse to start when there is none, with the problems in
// Chinese and nothing else); in development, publish it again whenever a file in it is saved.
import { watch } from "node:fs";
import { publish } from "../app/lib/publish.server";
import { contentDir } from "../app/model/load.server";
import { formatProblem } from "../app/model/problems";
import type { ContentModel } from "../app/model/plan";
import { currentRecord } from "../app/model/publish-store.server";

/** Publishes the content folder at start; returns the content checked when it passed (the version now served). */
export function publishAtStart(): ContentModel | undefined {
  const outcome = publish({ kind: "start" });
  if (outcome.ok) {
    if (!outcome.unchanged) console.log(`content: published version ${outcome.record.version} from ${contentDir()}`);
    return outcome.content;
  }
  console.error(`内容检查发现 ${outcome.problems.length} 个问题：\n${outcome.problems.map(formatProblem).join("\n")}`);
  const served = currentRecord();
  if (!served) {
    console.error("没有检查通过的内容版本，网站没有启动。请改正上面的问题后再运行 npm start。");
    process.exit(1);
  }
  console.error(`网站继续使用上次发布的内容版本 ${served.version}（${served.at}）。改正上面的问题后运行 npm run publish。`);
  return undefined;
}

/** Publishes the content folder a moment after a file in it is saved (development only). */
export function watchContentInDevelopment(): void {
  let timer: NodeJS.Timeout | undefined;
  watch(contentDir(), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const outcome = publish({ note: "开发服务器：保存后自动发布" });
      if (!outcome.ok) console.error(`内容检查发现 ${outcome.problems.length} 个问题（网站继续使用上一个版本）：\n${outcome.problems.map(formatProblem).join("\n")}`);
      else if (!outcome.unchanged) console.log(`content: published version ${outcome.record.version}`);
    }, 300);
  });
}
