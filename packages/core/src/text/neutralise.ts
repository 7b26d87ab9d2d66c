/**
 * Text from outside (an issue anyone can open, a proposal the agent's job wrote) that we put into
 * a pull request's title, body or labels must not act: no `@user` or `@org/team` ping when GitHub
 * renders it, and no workflow command when a later step prints it (the runner reads any line that
 * starts with `::`, after blanks, as one). Both are broken without losing what the text says: a
 * mention is wrapped in backticks (GitHub does not ping inside code), and a leading `::` gets a
 * zero-width space between its colons.
 */
const MENTION = /(^|[^\w`@/])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?)/g;
const COMMAND = /^(\s*):(?=:)/gm;

export function neutraliseMentions(text: string): string {
  return text.replace(MENTION, (_m, before: string, name: string) => `${before}\`@${name}\``);
}

export function neutraliseCommands(text: string): string {
  return text.replace(COMMAND, "$1:\u200b");
}

export function neutralise(text: string): string {
  return neutraliseCommands(neutraliseMentions(text));
}

/** Cut to at most `max` characters (code points), marking the cut with an ellipsis. */
export function capText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join("") + "…";
}

/** One line: control characters and line breaks become spaces, runs of blanks one space. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  const controls = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
  return text.replace(controls, " ").replace(/\s+/g, " ").trim();
}
