import type { PayloadRequest } from 'payload'

import { WEBHOOK_QUEUE } from './deliverWebhookTask'
import type { WebhookArticle, WebhookEvent } from './events'

type QueueDeliveriesArgs = {
  event: WebhookEvent
  article: WebhookArticle
  /** Null when the article no longer exists (deleted): the body still names it. */
  articleId: string | null
  req: PayloadRequest
}

/**
 * One delivery row and one job per active endpoint subscribed to the event. Both are written with
 * the article's `req`, so they exist only if the article's change is committed.
 */
export const queueDeliveries = async ({
  event,
  article,
  articleId,
  req,
}: QueueDeliveriesArgs): Promise<void> => {
  // Server-side: an editor's publish reaches endpoints that only admins may read.
  const { docs: endpoints } = await req.payload.find({
    collection: 'webhook-endpoints',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { active: true },
    where: { and: [{ active: { equals: true } }, { events: { in: [event] } }] },
  })
  const occurredAt = new Date().toISOString()
  for (const endpoint of endpoints) {
    // The delivery log is written by the server alone; no API user may create rows in it.
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: {
        endpoint: endpoint.id,
        event,
        article: articleId,
        status: 'pending',
        attempts: 0,
        payload: { event, occurredAt, article },
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({
      task: 'deliverWebhook',
      input: { deliveryId: delivery.id },
      queue: WEBHOOK_QUEUE,
      req,
    })
  }
}
