import { preferredLanguage, type Language } from '@saffron/shared/ingredients';
import { useRouteContext } from '@tanstack/react-router';

/** The language recipe lines are read and units shown in: the account's, else the browser's. */
export function useRecipeLanguage(): Language {
  const { me } = useRouteContext({ from: '/_app' });
  return preferredLanguage(me.language, navigator.languages);
}
