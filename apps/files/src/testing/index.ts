export { createBareRecipe, createSignedInUser } from './accounts.ts';
export { multipartBody, type UploadFile } from './multipart.ts';
export { S3RVER_CREDENTIALS, startS3rver, type RunningS3rver } from './s3rver.ts';
