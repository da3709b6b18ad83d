import { preferredLanguage, type Language, type TUser } from '@saffron/client';

/** The language lines are read and units shown in: the account's, else this browser's. */
export const languageOf = (user: Pick<TUser, 'language'>): Language =>
  preferredLanguage(user.language, navigator.languages);
