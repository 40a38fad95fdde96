import type { PayloadRequest } from 'payload'

/**
 * A change readers can see: what the reader site must re-render, the apps' caches refresh.
 * Draft saves and autosaves are not public changes; a publish, an edit of a published story,
 * an unpublish or a delete are.
 */
export type PublicChange =
  | {
      collection: 'articles'
      kind: 'published' | 'updated' | 'unpublished' | 'deleted'
      id: string
      /** The slugs the story is (or was) served under. */
      slugs: string[]
      /** Regions and topics the story is or was filed under, before and after the change. */
      regionIds: string[]
      topicIds: string[]
    }
  | {
      collection: 'regions' | 'topics'
      kind: 'created' | 'updated' | 'deleted'
      id: string
      slugs: string[]
    }
  | {
      /** An approved comment appeared, changed or went away. */
      collection: 'comments'
      kind: 'updated'
      articleIds: string[]
    }

export type PublicChangeListener = (change: PublicChange, req: PayloadRequest) => unknown

/** Listeners must never fail the editor's write: a failure is logged and the save stands. */
export const announce = async (
  listener: PublicChangeListener | undefined,
  change: PublicChange,
  req: PayloadRequest,
): Promise<void> => {
  if (!listener) return
  try {
    await listener(change, req)
  } catch (error) {
    req.payload.logger.error({ err: error, change }, 'newsroom: a public-change listener failed')
  }
}
