import { UserError } from "../errors.js";
import { lineColumnAt } from "../text/document.js";

/**
 * A minimal, dependency-free XML scanner for test and coverage reports (JUnit, Cobertura).
 * It is not a general XML parser: it reports start tags (with attributes), end tags and
 * self-closing tags, skips text, comments, CDATA, processing instructions and DOCTYPE, and checks
 * that tags nest. That is all a report reader needs, and it is fast on megabyte-sized files
 * (one pass of indexOf; no tree is built).
 */
export interface XmlVisitor {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean, offset: number): void;
  close?(name: string): void;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e] ?? m;
  });
}

function xmlError(text: string, file: string, offset: number, what: string, code: string): UserError {
  const { line, column } = lineColumnAt(text, offset);
  return new UserError(`${file} is not well-formed XML: ${what}`, {
    file,
    line,
    column,
    hint: "regenerate the report with the test or coverage tool; a truncated or hand-edited report cannot be read",
    code,
  });
}

const NAME_END = /[\s/>]/;

export function scanXml(text: string, file: string, visitor: XmlVisitor): void {
  const stack: string[] = [];
  const n = text.length;
  let i = text.indexOf("<");
  while (i !== -1 && i < n) {
    const c = text.charCodeAt(i + 1);
    if (c === 33 /* ! */) {
      if (text.startsWith("<!--", i)) {
        const end = text.indexOf("-->", i + 4);
        if (end === -1) throw xmlError(text, file, i, "a comment is not closed", "xml.unclosed-comment");
        i = text.indexOf("<", end + 3);
        continue;
      }
      if (text.startsWith("<![CDATA[", i)) {
        const end = text.indexOf("]]>", i + 9);
        if (end === -1) throw xmlError(text, file, i, "a CDATA section is not closed", "xml.unclosed-cdata");
        i = text.indexOf("<", end + 3);
        continue;
      }
      // <!DOCTYPE ...> (possibly with an internal subset in brackets)
      let j = i + 2;
      let depth = 0;
      for (; j < n; j++) {
        const ch = text[j];
        if (ch === "[") depth++;
        else if (ch === "]") depth--;
        else if (ch === ">" && depth <= 0) break;
      }
      if (j >= n) throw xmlError(text, file, i, "a declaration is not closed", "xml.unclosed-declaration");
      i = text.indexOf("<", j + 1);
      continue;
    }
    if (c === 63 /* ? */) {
      const end = text.indexOf("?>", i + 2);
      if (end === -1) throw xmlError(text, file, i, "a processing instruction is not closed", "xml.unclosed-pi");
      i = text.indexOf("<", end + 2);
      continue;
    }
    if (c === 47 /* / */) {
      const end = text.indexOf(">", i + 2);
      if (end === -1) throw xmlError(text, file, i, "an end tag is not closed", "xml.unclosed-tag");
      const name = text.slice(i + 2, end).trim();
      const top = stack.pop();
      if (top !== name) {
        throw xmlError(
          text,
          file,
          i,
          top === undefined ? `</${name}> has no start tag` : `</${name}> closes <${top}>`,
          "xml.mismatched-tag",
        );
      }
      visitor.close?.(name);
      i = text.indexOf("<", end + 1);
      continue;
    }
    // Start tag: name, then attributes; quoted values may contain ">".
    let j = i + 1;
    while (j < n && !NAME_END.test(text[j])) j++;
    const name = text.slice(i + 1, j);
    if (name === "") throw xmlError(text, file, i, 'a "<" does not start a tag', "xml.bad-tag");
    const attrs: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      while (j < n && /\s/.test(text[j])) j++;
      if (j >= n) throw xmlError(text, file, i, `<${name}> is not closed`, "xml.unclosed-tag");
      const ch = text[j];
      if (ch === ">") {
        j++;
        break;
      }
      if (ch === "/" && text[j + 1] === ">") {
        selfClosing = true;
        j += 2;
        break;
      }
      const eq = text.indexOf("=", j);
      if (eq === -1) throw xmlError(text, file, j, `an attribute of <${name}> has no value`, "xml.bad-attribute");
      const key = text.slice(j, eq).trim();
      let q = eq + 1;
      while (q < n && /\s/.test(text[q])) q++;
      const quote = text[q];
      if (quote !== '"' && quote !== "'")
        throw xmlError(text, file, q, `the value of ${key} in <${name}> is not quoted`, "xml.bad-attribute");
      const close = text.indexOf(quote, q + 1);
      if (close === -1) throw xmlError(text, file, q, `the value of ${key} in <${name}> is not closed`, "xml.bad-attribute");
      attrs[key] = decodeEntities(text.slice(q + 1, close));
      j = close + 1;
    }
    visitor.open(name, attrs, selfClosing, i);
    if (!selfClosing) stack.push(name);
    else visitor.close?.(name);
    i = text.indexOf("<", j);
  }
  if (stack.length > 0)
    throw xmlError(text, file, text.length, `<${stack[stack.length - 1]}> is not closed (the file ends first)`, "xml.truncated");
}
