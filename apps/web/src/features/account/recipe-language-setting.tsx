import { useSaffron } from '@saffron/client/react';
import { LANGUAGES, preferredLanguage, type Language } from '@saffron/shared/ingredients';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouteContext, useRouter } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { controlClass } from '../../components/ui/field.tsx';
import { LANGUAGE_NAMES } from '../../lib/language-names.ts';

/** The language ingredient lines are read in (and units shown in), saved with the account. */
export function RecipeLanguageSetting() {
  const { me } = useRouteContext({ from: '/_app' });
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const router = useRouter();
  const id = useId();
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    saffron.auth.setLanguage.mutationOptions({
      onSuccess: async (user) => {
        queryClient.setQueryData(saffron.auth.me.queryKey(), user);
        // Every screen reads the language from the route context: load it again.
        await router.invalidate();
        setSaved(true);
      },
    }),
  );
  const browser = LANGUAGE_NAMES[preferredLanguage(null, navigator.languages)];
  return (
    <div className="max-w-md space-y-3">
      <label htmlFor={id} className="block text-sm font-medium">
        Language of your recipes
      </label>
      <select
        id={id}
        value={me.language ?? ''}
        disabled={save.isPending}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setSaved(false);
          save.mutate({ language: (event.target.value || null) as Language | null });
        }}
        className={controlClass()}
      >
        <option value="">Browser default ({browser})</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-sm text-stone-600 dark:text-stone-400">
        The language your ingredient lines are read in when you paste or type them (“2 EL Zucker”,
        “1 c. à s. de sucre”), and the one units are shown in. A list that is clearly in another
        language is read in that one.
      </p>
      <p role="status" className="text-sm">
        {save.isError && (
          <span className="text-red-700 dark:text-red-400">
            Could not save the language: {save.error.message}
          </span>
        )}
        {saved && 'Saved.'}
      </p>
    </div>
  );
}
