import { z } from "zod";
import { PlaybookSchema } from "./schema.js";

/**
 * The JSON Schema of playbook.yml, generated from the zod schema (the one source of truth).
 * Draft-07: the draft yaml-language-server (VS Code's YAML extension) supports best. `io: "input"`
 * describes what a person writes: keys with defaults are optional.
 */
export const PLAYBOOK_SCHEMA_ID = "https://raw.githubusercontent.com/specpipe/specpipe/v1/schemas/playbook.schema.json";

export function playbookJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlaybookSchema, { target: "draft-7", io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: PLAYBOOK_SCHEMA_ID, ...schema };
}

/** The file's exact text: two-space JSON and a final newline. */
export function playbookJsonSchemaText(): string {
  return JSON.stringify(playbookJsonSchema(), null, 2) + "\n";
}
