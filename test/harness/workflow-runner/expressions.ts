import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { truthy } from "@actions/expressions/result";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";
import { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } from "@actions/workflow-parser";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/template-token";
import { CannotPlay } from "./errors.js";

/**
 * `${{ }}` as GitHub evaluates it: GitHub's own lexer, parser and evaluator (@actions/expressions),
 * with the contexts of the place the expression is in and the status functions of a job or a step.
 * The workflow parser has already turned `a ${{ b }} c` into `format('a {0} c', b)`, and added
 * `success() &&` to an `if:` without a status function.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The contexts an expression can read: github, env, vars, secrets, inputs, steps, needs, matrix, strategy, job, runner. */
export type Contexts = Record<string, Json>;

/** What the status functions answer where the expression is evaluated. */
export interface Status {
  /** success(): nothing before this failed (the job's steps, or the jobs in needs). */
  success: boolean;
  /** failure(): something before this failed. */
  failure: boolean;
  cancelled: boolean;
}

const RUNNING: Status = { success: true, failure: false, cancelled: false };

function toData(value: Json): data.ExpressionData {
  return JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData;
}

export function fromData(value: data.ExpressionData): Json {
  return JSON.parse(JSON.stringify(value, data.replacer) ?? "null") as Json;
}

function statusFunctions(status: Status): Map<string, FunctionDefinition> {
  const fn = (name: string, answer: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(answer()) },
  ];
  return new Map([
    fn("success", () => status.success && !status.cancelled),
    fn("failure", () => status.failure),
    fn("always", () => true),
    fn("cancelled", () => status.cancelled),
    [
      "hashfiles",
      {
        name: "hashFiles",
        minArgs: 1,
        maxArgs: 255,
        call: () => {
          throw new CannotPlay("hashFiles() is not played by the test runner");
        },
      },
    ],
  ]);
}

function run(expression: string, contexts: Contexts, status: Status): data.ExpressionData {
  const functions = statusFunctions(status);
  const info = [...functions.values()].map(({ name, minArgs, maxArgs }) => ({ name, minArgs, maxArgs }));
  const tree = new Parser(new Lexer(expression).lex().tokens, Object.keys(contexts), info).parse();
  const dict = new data.Dictionary(...Object.entries(contexts).map(([key, value]) => ({ key, value: toData(value) })));
  return new Evaluator(tree, dict, functions).evaluate();
}

/** Evaluates one expression (without `${{ }}`) to its value. */
export function evaluate(expression: string, contexts: Contexts, status: Status = RUNNING): Json {
  return fromData(run(expression, contexts, status));
}

/** An `if:` (already holding its status function) is true. */
export function condition(expression: string, contexts: Contexts, status: Status): boolean {
  return truthy(run(expression, contexts, status));
}

/** A template token (literal, mapping, sequence or expression) to its value. */
export function evaluateToken(token: TemplateToken | undefined, contexts: Contexts, status?: Status): Json {
  if (token === undefined) return null;
  if (isBasicExpression(token)) return evaluate(token.expression, contexts, status);
  if (isString(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isSequence(token)) return [...token].map((t) => evaluateToken(t, contexts, status));
  if (isMapping(token)) {
    const out: Record<string, Json> = {};
    for (const pair of token) out[asString(evaluateToken(pair.key, contexts, status))] = evaluateToken(pair.value, contexts, status);
    return out;
  }
  return null; // the null token
}

/** A value as the runner turns it into an environment variable or an input: JSON for objects and arrays. */
export function asString(value: Json): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  return JSON.stringify(value, null, 2);
}

/** `${{ … }}` inside a plain string (action.yml defaults are not pre-parsed), each part evaluated. */
export function interpolate(text: string, contexts: Contexts): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expression: string) => asString(evaluate(expression.trim(), contexts)));
}
