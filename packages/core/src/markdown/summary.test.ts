import { describe, expect, it } from "vitest";
import { MarkdownSummary, SUMMARY_LIMIT_BYTES } from "./summary.js";

describe("MarkdownSummary", () => {
  it("builds Markdown, escaping table cells", () => {
    const s = new MarkdownSummary()
      .heading("Report")
      .table(["a", "b"], [["x|y", "1\n2"]])
      .code("const a = 1;", "ts");
    expect(s.toString()).toBe("## Report\n\n| a | b |\n| --- | --- |\n| x\\|y | 1<br>2 |\n\n```ts\nconst a = 1;\n```\n\n");
  });

  it("stays within the runner's 1 MiB: what would overflow is replaced by one note, counted in bytes", () => {
    const s = new MarkdownSummary();
    const row = "é".repeat(1000); // 2,000 bytes of UTF-8
    for (let i = 0; i < 1000; i++) s.paragraph(row);
    const text = s.toString();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES + 200);
    expect(Buffer.byteLength(text)).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 4000);
    expect(text.match(/The rest was cut: a job summary may hold at most 1 MiB/g)).toHaveLength(1);
    expect(text.endsWith("logs have the full data._\n")).toBe(true);
  });
});
