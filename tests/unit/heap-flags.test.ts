import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { HEAP_FLAGS } from "../../server/heap";

// The bench and the browser tests start the server with HEAP_FLAGS; npm start must run it the same way.
it("npm start runs the server with the heap sizes the bench and tests measure", () => {
  const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
  for (const flag of HEAP_FLAGS) expect(scripts.start.split(" ")).toContain(flag);
});
