export type { DraftLine, RecipeDraft } from './draft.ts';
