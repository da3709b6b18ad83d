import { APPS, type TAppName } from '@saffron/shared';

const APP_LABELS: Record<TAppName, string> = { recipes: 'Recipes', grocery: 'Grocery list' };

/** Which apps an account may use, as a labelled group of checkboxes. */
export function AppAccessFields({
  value,
  onChange,
  errors,
  legend = 'App access',
}: {
  value: TAppName[];
  onChange: (apps: TAppName[]) => void;
  errors?: string[] | undefined;
  legend?: string;
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-4 pt-1">
        {APPS.map((app) => (
          <label key={app} className="inline-flex min-h-11 items-center gap-2 md:min-h-0">
            <input
              type="checkbox"
              className="size-5 accent-brand-700"
              checked={value.includes(app)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...value, app] : value.filter((each) => each !== app),
                )
              }
            />
            {APP_LABELS[app]}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p className="text-sm text-red-700 dark:text-red-400">{errors.join(' ')}</p>
      ) : null}
    </fieldset>
  );
}
