import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSpecText, readTasks } from "./specs.js";

const text = fc.stringMatching(/^[A-Za-zäöü0-9 ,.()-]{1,20}$/).map((s) => s.trim() || "t");

describe("spec readers (property)", () => {
  it("count exactly the requirement checkboxes outside code fences, with any line endings", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.tuple(fc.constant("box"), fc.boolean(), text), fc.tuple(fc.constant("fenced-box"), fc.boolean(), text), fc.tuple(fc.constant("para"), fc.boolean(), text))),
        fc.constantFrom("\n", "\r\n"),
        (blocks, eol) => {
          const lines: string[] = ["# Spec: Title"];
          let done = 0;
          let total = 0;
          for (const [kind, checked, t] of blocks) {
            const box = `- [${checked ? "x" : " "}] ${t}`;
            if (kind === "box") {
              lines.push(box);
              total++;
              if (checked) done++;
            } else if (kind === "fenced-box") lines.push("```", box, "```");
            else lines.push(t);
          }
          const r = readSpecText(lines.join(eol));
          expect(r.requirements).toEqual({ done, total });
          expect(r.h1).toBe("Spec: Title");
        },
      ),
    );
  });

  it("count Spec Kit tasks per user story; [x] and [X] are done", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(" ", "x", "X"), fc.integer({ min: 1, max: 999 }), fc.option(fc.integer({ min: 1, max: 4 })), fc.boolean(), text)), (tasks) => {
        const doc = tasks.map(([mark, n, story, parallel, t]) => `- [${mark}] T${String(n).padStart(3, "0")}${parallel ? " [P]" : ""}${story ? ` [US${story}]` : ""} ${t}`).join("\n");
        const r = readTasks(doc + "\n- [ ] not a task line\n");
        expect(r.total).toBe(tasks.length);
        expect(r.done).toBe(tasks.filter(([m]) => m !== " ").length);
        for (const [story, counts] of Object.entries(r.byStory)) {
          const mine = tasks.filter(([, , s]) => (s ? `US${s}` : "") === story);
          expect(counts).toEqual({ total: mine.length, done: mine.filter(([m]) => m !== " ").length });
        }
      }),
    );
  });
});
