import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

export const LIVE_STATUS_CONTEXT = 'newsroom:liveStatusBefore'

export type LiveStatusBefore = Record<string, Article['_status']>

/**
 * Notes whether the live article was published before this write, for `queueWebhooks`. Payload's
 * `originalDoc`/`previousDoc` is the newest version, often an autosaved draft of a live article,
 * so it cannot tell "update a live story" from "publish a draft".
 */
export const rememberLiveStatus: CollectionBeforeChangeHook<Article> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  // The system reads the stored status; the caller's own access was checked by the update.
  const live = await req.payload.findByID({
    collection: 'articles',
    id: originalDoc.id,
    depth: 0,
    disableErrors: true,
    draft: false,
    overrideAccess: true,
    req,
    select: { _status: true },
  })
  const context = req.context as Record<string, unknown>
  const seen = (context[LIVE_STATUS_CONTEXT] ??= {}) as LiveStatusBefore
  seen[originalDoc.id] = live?._status ?? 'draft'
  return data
}
