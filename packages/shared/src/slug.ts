const MAX_SLUG = 60;

/** "Crème Brûlée (Best!)" → "creme-brulee-best": a name fit for a file or a folder. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
  return slug || 'recipe';
}
