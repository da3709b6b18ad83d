import type { TRecipe } from '@saffron/shared';

type Row = TRecipe['ingredients'][number];

/** Consecutive rows under the same heading, in order; rows without one have no title. */
export function ingredientSections(rows: Row[]): { title?: string; rows: Row[] }[] {
  const sections: { title?: string; rows: Row[] }[] = [];
  for (const row of rows) {
    const last = sections.at(-1);
    if (last && last.title === row.group) last.rows.push(row);
    else sections.push({ ...(row.group === undefined ? {} : { title: row.group }), rows: [row] });
  }
  return sections;
}

/**
 * The steps split at their headings, each part knowing the number of its first step, so the
 * numbering runs on across headings. A heading after the last step ends the list.
 */
export function stepSections(
  steps: string[],
  headings: TRecipe['stepGroups'],
): { title?: string; start: number; steps: string[] }[] {
  const cuts = [...headings].sort((a, b) => a.at - b.at);
  const sections: { title?: string; start: number; steps: string[] }[] = [
    { start: 1, steps: steps.slice(0, cuts[0]?.at ?? steps.length) },
  ];
  cuts.forEach((heading, i) => {
    const end = cuts[i + 1]?.at ?? steps.length;
    sections.push({
      title: heading.title,
      start: heading.at + 1,
      steps: steps.slice(heading.at, end),
    });
  });
  return sections.filter((section) => section.title !== undefined || section.steps.length > 0);
}
