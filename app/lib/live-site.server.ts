// The version a running site process serves, and the swap to a new one (decision 0016). A snapshot holds a
// version's content and its search together; each request is pinned to the snapshot current when it arrives,
// so its pages, search and answers all come from one version even if a swap happens meanwhile. The process
// watches the publish pointer; on a new version it loads and checks it, builds its search (Meilisearch index
// included) beside the live one, and only then swaps. A version it cannot serve leaves the old one serving
// and is reported in its heartbeat.
import { AsyncLocalStorage } from "node:async_hooks";
import { hostname } from "node:os";
import { loadContent, provideContent } from "~/model/load.server";
import type { ContentModel } from "~/model/plan";
import { ContentError, formatProblem } from "~/model/problems";
import { beat, currentRecord, endBeat, keptVersions, pointerStamp, versionPath } from "~/model/publish-store.server";
import { pruneSearch, searchForVersion, type SearchBackend, type VersionSearch } from "../../search/setup.server";
import { KEEP_VERSIONS } from "./publish.server";
import { searchInput } from "./search-documents";

export interface Snapshot {
  content: ContentModel;
  search: VersionSearch;
}

const WATCH_MS = 200;
const MAX_PREVIEWS = 4;
const NO_MEILISEARCH: SearchBackend = { meilisearch: Promise.resolve(undefined), stop: async () => undefined };
const BEAT_MS = 1_000;

export class LiveSite {
  private current: Snapshot;
  private readonly pinned = new AsyncLocalStorage<Snapshot>();
  private readonly id = `${hostname()}-${process.pid}`;
  private stamp = 0;
  private swapping = false;
  private failed?: { version: string; message: string };
  private timers: NodeJS.Timeout[] = [];
  private readonly previews = new Map<string, Snapshot>();

  private constructor(
    private readonly backend: SearchBackend,
    private readonly log: (line: string) => void,
    first: Snapshot,
  ) {
    this.current = first;
    provideContent(() => this.snapshot().content);
  }

  /**
   * Serves the published version at once; Meilisearch takes over search when its index is ready. `checked` is
   * the content the start-up publish has just loaded, used when it is the version published.
   */
  static start(backend: SearchBackend, checked?: ContentModel, log: (line: string) => void = (line) => console.log(line)): LiveSite {
    const record = currentRecord();
    if (!record) throw new Error("no published content version");
    const content = checked?.version === record.version ? checked : loadContent(versionPath(record.version));
    const site = new LiveSite(backend, log, { content, search: searchForVersion(searchInput(content), backend, { log }) });
    site.stamp = pointerStamp();
    site.beat();
    site.timers.push(setInterval(() => void site.follow(), WATCH_MS), setInterval(() => site.beat(), BEAT_MS));
    for (const timer of site.timers) timer.unref();
    return site;
  }

  /** The snapshot of this request (pinned when it arrived), or the current one outside a request. */
  snapshot(): Snapshot {
    return this.pinned.getStore() ?? this.current;
  }

  /** Runs a request pinned to the current snapshot. */
  run<T>(fn: () => T): T {
    return this.pinned.run(this.current, fn);
  }

  /**
   * Runs `fn` pinned to unpublished content (a draft applied, for a reviewer's preview): its own embedded
   * search, never a Meilisearch index, never the served version. The last few previews are kept.
   */
  preview<T>(content: ContentModel, fn: (snapshot: Snapshot) => T): T {
    let snapshot = this.previews.get(content.version);
    if (!snapshot) {
      snapshot = { content, search: searchForVersion(searchInput(content), NO_MEILISEARCH, { log: () => undefined }) };
      this.previews.set(content.version, snapshot);
      if (this.previews.size > MAX_PREVIEWS) this.previews.delete(this.previews.keys().next().value!);
    }
    const pinned = snapshot;
    return this.pinned.run(pinned, () => fn(pinned));
  }

  get version(): string {
    return this.current.content.version;
  }

  /** Swaps to the version the pointer names, if it changed and it can be served. */
  async follow(): Promise<void> {
    const stamp = pointerStamp();
    if (this.swapping || stamp === this.stamp) return;
    const record = currentRecord();
    if (!record || record.version === this.version || this.failed?.version === record.version) {
      this.stamp = stamp;
      return;
    }
    this.swapping = true;
    try {
      await this.swapTo(record.version);
      this.stamp = stamp;
    } finally {
      this.swapping = false;
    }
  }

  private async swapTo(version: string): Promise<void> {
    const started = performance.now();
    let content: ContentModel;
    try {
      content = loadContent(versionPath(version));
    } catch (error) {
      const message = error instanceof ContentError ? error.problems.map(formatProblem).join("\n") : (error as Error).message;
      this.failed = { version, message };
      this.log(`content: cannot serve version ${version}; still serving ${this.version}:\n${message}`);
      this.beat();
      return;
    }
    const search = searchForVersion(searchInput(content), this.backend, { log: this.log });
    await search.ready;
    const previous = this.version;
    this.current = { content, search };
    this.failed = undefined;
    this.beat();
    this.log(`content: now serving version ${version} (was ${previous}; ${Math.round(performance.now() - started)} ms)`);
    void pruneSearch(this.backend, keptVersions(KEEP_VERSIONS)).catch(() => undefined);
  }

  private beat(): void {
    try {
      beat({ id: this.id, pid: process.pid, version: this.version, at: Date.now(), ...(this.failed ? { failed: this.failed } : {}) });
    } catch (error) {
      this.log(`content: cannot write the heartbeat: ${(error as Error).message}`);
    }
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
    endBeat(this.id);
  }
}
