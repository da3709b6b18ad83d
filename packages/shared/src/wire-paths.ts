/**
 * Where each service answers, on every origin Saffron is served from. The reverse proxy
 * (nginx in production, Vite in development) routes by these prefixes, servers mount under
 * them and clients call them; nginx's configuration is the one place that spells them out again.
 */
export const API_PREFIX = '/api/v1';
export const FILES_PREFIX = '/files/v1';

/** Calls one api request may batch: the server answers a bigger batch with 400, clients split. */
export const MAX_BATCH_SIZE = 10;

/** The files service's addresses, as clients call them. */
export const filesPaths = {
  upload: (recipeId: string) =>
    `${FILES_PREFIX}/recipes/${encodeURIComponent(recipeId)}/attachments`,
  attachment: (id: string) => `${FILES_PREFIX}/attachments/${id}`,
  thumbnail: (id: string) => `${FILES_PREFIX}/attachments/${id}/thumbnail`,
  /** A recipe's photo fetched from a link (an imported page's image). */
  photoFromUrl: (recipeId: string) =>
    `${FILES_PREFIX}/recipes/${encodeURIComponent(recipeId)}/attachments/from-url`,
  /** Another app's export (or Saffron's own), uploaded to be imported in the background. */
  imports: `${FILES_PREFIX}/imports`,
  /** The whole collection as one zip. */
  export: `${FILES_PREFIX}/export`,
};
