import { languageOfTag, type Language } from '@saffron/shared/ingredients';
import { useRouteContext } from '@tanstack/react-router';

/** The language recipe lines are read and units shown in: the account's, else the browser's. */
export function recipeLanguage(
  account: Language | null,
  browser: readonly string[] = navigator.languages,
): Language {
  return account ?? languageOfTag(browser.join(',')) ?? 'en';
}

export function useRecipeLanguage(): Language {
  const { me } = useRouteContext({ from: '/_app' });
  return recipeLanguage(me.language);
}
