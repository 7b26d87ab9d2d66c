/**
 * The full remark parse (remark-parse + remark-gfm), loaded lazily. It is the reference for the
 * block scanner and the parser for paths where a whole tree is worth its cost.
 */
import type { Root } from "mdast";

export async function parseMarkdownTree(text: string): Promise<Root> {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
    import("unified"),
    import("remark-parse"),
    import("remark-gfm"),
  ]);
  return unified().use(remarkParse).use(remarkGfm).parse(text);
}
