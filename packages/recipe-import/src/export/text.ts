import { type DraftLine } from '../draft.ts';
import { totalMinutesOf, viewRecipe } from './recipe-view.ts';
import { type ExportableRecipe } from './types.ts';

/** 90 → "1 h 30 min", as a recipe card prints a time. */
export function describeMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Lines under their group headings; a blank line closes a group that ungrouped lines follow. */
function grouped(lines: DraftLine[], print: (line: DraftLine, index: number) => string): string[] {
  const out: string[] = [];
  let group: string | undefined;
  lines.forEach((line, index) => {
    if (line.group !== group) out.push(...(line.group ? ['', `${line.group}:`] : ['']));
    group = line.group;
    out.push(print(line, index));
  });
  return out;
}

/** "Copy as text": name, yield, times, ingredients by group, numbered steps, source. */
export function recipeToText(recipe: ExportableRecipe): string {
  const view = viewRecipe(recipe);
  const total = totalMinutesOf(view);
  const facts = [
    view.yieldText ?? (view.servings ? `Serves ${view.servings}` : undefined),
    view.prepMinutes ? `Prep ${describeMinutes(view.prepMinutes)}` : undefined,
    view.cookMinutes ? `Cook ${describeMinutes(view.cookMinutes)}` : undefined,
    total && total !== view.prepMinutes && total !== view.cookMinutes
      ? `Total ${describeMinutes(total)}`
      : undefined,
  ].filter(Boolean);
  const sections: string[][] = [[view.name]];
  if (view.description) sections.push([view.description]);
  if (facts.length > 0) sections.push([facts.join(' · ')]);
  if (view.ingredients.length > 0) {
    sections.push(['Ingredients', ...grouped(view.ingredients, (line) => `- ${line.text}`)]);
  }
  if (view.steps.length > 0) {
    sections.push(['Steps', ...grouped(view.steps, (line, index) => `${index + 1}. ${line.text}`)]);
  }
  if (view.sourceUrl) sections.push([`Source: ${view.sourceUrl}`]);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
