import * as core from "./runner.js";

export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  title?: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * The runner shows at most 10 annotations of each level per step and drops the rest silently.
 * We emit the first `limit` of each level and return how many were held back, so the caller can
 * say so and put the whole list in the job summary.
 */
export function annotate(list: readonly Annotation[], limit = 10): { emitted: number; held: number } {
  const counts = { error: 0, warning: 0, notice: 0 };
  let held = 0;
  for (const a of list) {
    if (counts[a.level] >= limit) {
      held++;
      continue;
    }
    counts[a.level]++;
    const props: core.AnnotationProperties = {
      title: a.title,
      file: a.file,
      startLine: a.line,
      startColumn: a.line !== undefined ? a.column : undefined,
    };
    if (a.level === "error") core.error(a.message, props);
    else if (a.level === "warning") core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  if (held > 0) core.info(`${held} more annotation(s) not shown (the runner keeps 10 per type per step); the job summary lists them all.`);
  return { emitted: list.length - held, held };
}
