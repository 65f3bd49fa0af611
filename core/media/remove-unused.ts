import type { ImageStore } from './image-store';

/** The refs among those given that some task names (any campaign's). */
export type UsedRefs = (refs: string[]) => Promise<Set<string>>;

/**
 * Removes the stored images among `refs` that no task names and no upload in flight holds.
 * Refs are named by content, so another campaign's task may name the same file: only
 * `isUsed` can say a ref is free.
 * @returns the refs removed
 */
export async function removeUnused(store: Pick<ImageStore, 'remove'>, refs: Iterable<string>, isUsed: UsedRefs): Promise<string[]> {
  const unique = [...new Set(refs)];
  if (unique.length === 0) return [];
  const used = await isUsed(unique);
  const removed: string[] = [];
  for (const ref of unique) if (!used.has(ref) && (await store.remove(ref))) removed.push(ref);
  return removed;
}
