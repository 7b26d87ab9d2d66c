/**
 * The files a JUnit test case may be "in", for `required: [{ file: "e2e/**" }]`. Reports say it
 * in different ways:
 * - vitest, jest-junit and Node's runner give `file` (or a classname that is the path);
 * - pytest (default junit_family xunit2) gives no file at all, only a dotted classname: the
 *   module path, then the class for class-based tests (`e2e.test_flow`, `e2e.test_flow.TestLogin`).
 * A dotted classname without a slash is turned into the paths it can stand for: each prefix of
 * its parts as folders, with and without `.py` (`e2e/test_flow.py`, `e2e/test_flow`, ...).
 */
export function testFileCandidates(k: { file?: string; classname: string }): string[] {
  const out: string[] = [];
  if (k.file) out.push(k.file.split("\\").join("/").replace(/^\.\//, ""));
  const cls = k.classname.trim();
  if (!cls) return out;
  out.push(cls);
  if (!cls.includes("/") && !cls.includes("\\") && /^[\w]+(\.[\w]+)+$/.test(cls)) {
    const parts = cls.split(".");
    for (let n = parts.length; n >= 1; n--) {
      const p = parts.slice(0, n).join("/");
      out.push(`${p}.py`, p);
    }
  }
  return [...new Set(out)];
}
