export * from './errors.ts';
export * from './field-errors.ts';
export * from './schemas/attachment.ts';
export * from './schemas/auth.ts';
export * from './schemas/grocery.ts';
export * from './schemas/recipe.ts';
export * from './schemas/system.ts';
export * from './schemas/user.ts';
export { transformer } from './transformer.ts';
