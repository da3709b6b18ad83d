import type { HeadingDraft } from './recipe-draft.ts';

/** Rows under a heading, in order; the first section has none when rows come before any heading. */
export interface Section<Row> {
  heading?: HeadingDraft;
  rows: Row[];
}

/** The list as the editor shows it: each heading with the rows after it, up to the next heading. */
export function sectionsOf<Row extends { kind: string }>(
  items: (Row | HeadingDraft)[],
): Section<Row>[] {
  const sections: Section<Row>[] = [{ rows: [] }];
  for (const item of items) {
    if (item.kind === 'heading') sections.push({ heading: item as HeadingDraft, rows: [] });
    else sections.at(-1)!.rows.push(item as Row);
  }
  return sections[0]!.rows.length === 0 && sections.length > 1 ? sections.slice(1) : sections;
}

/** One place up or down; past a heading means into the group beside. */
export function moveItem<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

/** Puts a row last in a group (`undefined`: among the rows before any heading). */
export function moveToGroup<T extends { key: string }>(
  items: T[],
  rowKey: string,
  headingKey: string | undefined,
): T[] {
  const row = items.find((item) => item.key === rowKey);
  if (!row) return items;
  const rest = items.filter((item) => item !== row);
  const isHeading = (item: T) => (item as { kind?: string }).kind === 'heading';
  const start = headingKey === undefined ? -1 : rest.findIndex((item) => item.key === headingKey);
  if (headingKey !== undefined && start < 0) return items;
  const next = rest.findIndex((item, index) => index > start && isHeading(item));
  const at = next < 0 ? rest.length : next;
  return [...rest.slice(0, at), row, ...rest.slice(at)];
}

/** Replaces one item by key. */
export function replaceItem<T extends { key: string }>(items: T[], key: string, next: T): T[] {
  return items.map((item) => (item.key === key ? next : item));
}
