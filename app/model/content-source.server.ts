// Where the content files come from. The site and content:check read the content directory on disk; tests
// give the loader the same files as an in-memory map with their edits applied, so nothing is written.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface ContentSource {
  /** The text of a file, by its path inside the content root ("plan/05-tasks.yaml"); undefined if there is none. */
  read(path: string): string | undefined;
  /** The YAML files directly inside one folder of the content root, as paths inside the root, sorted by name. */
  yamlFiles(folder: string): string[];
  /** The folders directly inside one folder of the content root (content/documents/<id>), sorted by name. */
  folders(folder: string): string[];
  /** How messages name a file: "content/plan/05-tasks.yaml" for the site's own content. */
  shown(path: string): string;
}

const isYaml = (name: string) => /\.ya?ml$/.test(name);

/** The content directory `dir` on disk. Files are named relative to the working directory, or absolute outside it. */
export function diskSource(dir: string): ContentSource {
  return {
    read(path) {
      const full = join(dir, path);
      return existsSync(full) ? readFileSync(full, "utf8") : undefined;
    },
    yamlFiles(folder) {
      const full = join(dir, folder);
      if (!existsSync(full)) return [];
      return readdirSync(full).filter(isYaml).sort().map((name) => `${folder}/${name}`);
    },
    folders(folder) {
      const full = join(dir, folder);
      if (!existsSync(full)) return [];
      return readdirSync(full).filter((name) => statSync(join(full, name)).isDirectory()).sort().map((name) => `${folder}/${name}`);
    },
    shown(path) {
      const full = join(dir, path);
      const rel = relative(process.cwd(), full);
      return rel.startsWith("..") ? full : rel;
    },
  };
}

/** Content held in memory: file path inside the root → text. Files are named `${root}/path`, as the site's own are. */
export function memorySource(files: ReadonlyMap<string, string>, root = "content"): ContentSource {
  return {
    read: (path) => files.get(path),
    yamlFiles: (folder) =>
      [...files.keys()]
        .filter((path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes("/") && isYaml(path))
        .sort(),
    folders: (folder) =>
      [...new Set([...files.keys()].filter((path) => path.startsWith(`${folder}/`) && path.slice(folder.length + 1).includes("/")).map((path) => `${folder}/${path.slice(folder.length + 1).split("/")[0]}`))].sort(),
    shown: (path) => `${root}/${path}`,
  };
}
