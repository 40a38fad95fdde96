import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '@/payload-types'
import { webhookArticle } from '@/webhooks/events'
import type { WebhookEvent } from '@/webhooks/events'
import { queueDeliveries } from '@/webhooks/queueDeliveries'

import { articleTransition } from '../publicState'

/**
 * Tells the apps when what readers see changes: a publish, an update to a live article or an
 * unpublish queues one signed webhook per subscribed endpoint (src/webhooks). Drafts and
 * autosaves, even of a live article, send nothing.
 */
export const queueWebhooks: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const transition = articleTransition({ doc, previousDoc, req })
  if (!transition) return doc
  const event: WebhookEvent = `article.${transition}`
  await queueDeliveries({
    event,
    article: webhookArticle(event, doc, req.payload.config.serverURL ?? ''),
    articleId: doc.id,
    req,
  })
  return doc
}
