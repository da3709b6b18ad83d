import type { TRecipe } from '@saffron/shared';
import { stepSections } from './recipe-sections.ts';

/** The steps under their headings, numbered straight through. */
export function MethodList({ recipe }: { recipe: Pick<TRecipe, 'steps' | 'stepGroups'> }) {
  return (
    <div className="space-y-4">
      {stepSections(recipe.steps, recipe.stepGroups).map((section, i) => (
        <div key={i} className="space-y-2">
          {section.title && <h3 className="text-lg font-semibold">{section.title}</h3>}
          {section.steps.length > 0 && (
            <ol start={section.start} className="list-decimal space-y-3 pl-6">
              {section.steps.map((step, j) => (
                <li key={j} className="pl-1 leading-relaxed">
                  {step}
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </div>
  );
}
