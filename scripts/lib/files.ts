// Every file under a folder, in a stable order: the corpus scripts, the robustness run, the
// corpus test and the bundle-size bench all walk folders the same way.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export function listFilesRecursively(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const full = path.join(directory, name);
      return statSync(full).isDirectory() ? listFilesRecursively(full) : [full];
    });
}
