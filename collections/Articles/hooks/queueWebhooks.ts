import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '@/payload-types'
import { articleEventOf, webhookArticle } from '@/webhooks/events'
import { queueDeliveries } from '@/webhooks/queueDeliveries'

import { LIVE_STATUS_CONTEXT } from './rememberLiveStatus'
import type { LiveStatusBefore } from './rememberLiveStatus'

/**
 * Tells the apps when what readers see changes: a publish, an update to a live article or an
 * unpublish queues one signed webhook per subscribed endpoint (src/webhooks). Drafts send nothing.
 */
export const queueWebhooks: CollectionAfterChangeHook<Article> = async ({
  doc,
  operation,
  req,
}) => {
  const before = (req.context as Record<string, unknown>)[LIVE_STATUS_CONTEXT] as
    LiveStatusBefore | undefined
  const wasLive = operation === 'update' && before?.[doc.id] === 'published'
  const publishes = doc._status === 'published'
  // A draft save of a live article leaves it published; only an unpublish takes it down.
  let isLive = publishes
  if (!publishes && wasLive) {
    const live = await req.payload.findByID({
      collection: 'articles',
      id: doc.id,
      depth: 0,
      disableErrors: true,
      draft: false,
      overrideAccess: true,
      req,
      select: { _status: true },
    })
    isLive = live?._status === 'published'
  }
  const event = articleEventOf({ wasLive, publishes, isLive })
  if (!event) return doc
  await queueDeliveries({
    event,
    article: webhookArticle(event, doc, req.payload.config.serverURL ?? ''),
    articleId: doc.id,
    req,
  })
  return doc
}
