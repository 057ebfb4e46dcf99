// Every site process looks for approved drafts whose publishing time has come (decision 0018). The claim in
// publishDue makes one process publish each; the others see it served through the usual swap (0016).
import { adminDb } from "../app/admin/db.server";
import { publishDue } from "../app/admin/drafts.server";

const EVERY_MS = 15_000;

export function startScheduledPublishing(log: (line: string) => void = (line) => console.log(line)): () => void {
  const timer = setInterval(() => {
    try {
      const published = publishDue(adminDb());
      if (published) log(`admin: published ${published} scheduled draft(s)`);
    } catch (error) {
      log(`admin: scheduled publishing failed: ${(error as Error).message}`);
    }
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
