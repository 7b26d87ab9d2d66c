/** GitHub's list pagination: `per_page` (default 30, at most 100), `page`, and the `Link` header. */

export function paginate<T>(requestUrl: URL, baseUrl: string, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number.parseInt(requestUrl.searchParams.get("per_page") ?? "30", 10) || 30, 1), 100);
  const page = Math.max(Number.parseInt(requestUrl.searchParams.get("page") ?? "1", 10) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const target = new URL(requestUrl.pathname + requestUrl.search, baseUrl);
    target.searchParams.set("per_page", String(perPage));
    target.searchParams.set("page", String(n));
    return `<${target.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"));
  if (page < last) links.push(link(page + 1, "next"));
  if (page < last) links.push(link(last, "last"));
  if (page > 1) links.push(link(1, "first"));
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(", ") } : {},
  };
}
