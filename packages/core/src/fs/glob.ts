/**
 * The files inside `root` that a glob matches, the one way specpipe expands a user's glob (spec
 * paths, condition reports): dotfiles are seen, `.git` and `node_modules` are not, and symlinks
 * are neither followed nor listed (a link to / would walk the disk; a link is refused by name by
 * the path guard). Paths come back relative to `root`, with "/".
 */
export async function globFiles(root: string, pattern: string): Promise<string[]> {
  const { glob } = await import("tinyglobby");
  return glob([pattern], {
    cwd: root,
    onlyFiles: true,
    dot: true,
    followSymbolicLinks: false,
    ignore: ["**/.git/**", "**/node_modules/**"],
  });
}
