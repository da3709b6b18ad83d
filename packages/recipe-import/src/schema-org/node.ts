/** Reading schema.org JSON whatever its spelling: "@type" as a string, an array or a full IRI. */

export type TNode = Record<string, unknown>;

export function isNode(value: unknown): value is TNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "http://schema.org/recipeIngredient", "schema:name", "https://schema.org/Recipe/" → the local name. */
export function localName(name: string): string {
  let trimmed = name.trim();
  while (trimmed.endsWith('/')) trimmed = trimmed.slice(0, -1);
  const cut = Math.max(
    trimmed.lastIndexOf('/'),
    trimmed.lastIndexOf(':'),
    trimmed.lastIndexOf('#'),
  );
  return trimmed.slice(cut + 1);
}

/** A type's local name in lower case: "http://schema.org/Recipe" → "recipe". */
export function localTypeName(type: string): string {
  return localName(type).toLowerCase();
}

/** The node's types, lower-cased local names. */
export function typesOf(node: TNode): string[] {
  const type = node['@type'] ?? node.type;
  const list = Array.isArray(type) ? type : [type];
  return list.filter((item): item is string => typeof item === 'string').map(localTypeName);
}

export function hasType(node: TNode, name: string): boolean {
  return typesOf(node).includes(name);
}

/** The value as a list: a single value becomes one item, null and undefined none. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A property that may be stated with a "schema:" prefix or as a full IRI. */
export function property(node: TNode, name: string): unknown {
  return (
    node[name] ??
    node[`schema:${name}`] ??
    node[`http://schema.org/${name}`] ??
    node[`https://schema.org/${name}`]
  );
}
