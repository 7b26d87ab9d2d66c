/** Exits with the fix unless this process runs on the Node major the actions run on (24). */
export function requireNode(what: string): void;
