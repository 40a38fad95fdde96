import type { CollectionAfterDeleteHook } from 'payload'

import type { Article } from '@/payload-types'
import { webhookArticle } from '@/webhooks/events'
import { queueDeliveries } from '@/webhooks/queueDeliveries'

/** Deleting a live article takes it off the site: for the apps that is `article.unpublished`. */
export const queueUnpublishWebhooks: CollectionAfterDeleteHook<Article> = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  await queueDeliveries({
    event: 'article.unpublished',
    article: webhookArticle('article.unpublished', doc, ''),
    // The row is gone; a relationship to it would point nowhere (and fail a foreign key).
    articleId: null,
    req,
  })
  return doc
}
