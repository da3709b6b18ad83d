import type { Language } from '@saffron/shared/ingredients';

/** Each language by its own name, as a person looks for it in a list. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  nl: 'Nederlands',
  it: 'Italiano',
};
