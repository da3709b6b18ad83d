/** Small exports of each app, for other packages' tests (the files service, the browser tests). */
export { nextcloudZip, paprikaExportZip, schemaOrgZip, tandoorExportZip } from './app-fixtures.ts';
export { mealieBackupZip, mealieRecipeZip, mealieV0Zip } from './mealie-fixtures.ts';
