import { createContext, useContext, useSyncExternalStore } from 'react';
import type { UploadQueue } from './upload-queue.ts';

export const UploadsContext = createContext<UploadQueue | null>(null);

function useUploadQueue(): UploadQueue {
  const queue = useContext(UploadsContext);
  if (!queue) throw new Error('useUploads needs <UploadsContext.Provider>');
  return queue;
}

/** The uploads on their way to one recipe, and what can be done with them. */
export function useRecipeUploads(recipeId: string) {
  const queue = useUploadQueue();
  const all = useSyncExternalStore(queue.subscribe, queue.getUploads);
  return {
    uploads: all.filter((upload) => upload.recipeId === recipeId),
    add: (files: readonly File[]) => queue.add(recipeId, files),
    retry: (key: string) => queue.retry(key),
    cancel: (key: string) => queue.cancel(key),
  };
}

/** For the new-recipe form: files chosen before the recipe exists start once it is saved. */
export function useUploadLater() {
  const queue = useUploadQueue();
  return (recipeId: string, files: readonly File[]) => queue.add(recipeId, files);
}
