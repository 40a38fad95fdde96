import type { TaskConfig } from 'payload'

import { idOf } from '@/utilities/requestLoader'

import { sendWebhook } from './sendWebhook'

/** The jobs queue webhook deliveries run on, apart from scheduled publishing (`default`). */
export const WEBHOOK_QUEUE = 'webhooks'
/** First try plus four retries. */
export const WEBHOOK_MAX_ATTEMPTS = 5
/** Retries wait 1, 2, 4 and 8 minutes (Payload: 2^(tries so far) × delay). */
export const WEBHOOK_BACKOFF_DELAY_MS = 60_000

type DeliverWebhookIO = { input: { deliveryId: string }; output: { statusCode?: number | null } }

/**
 * Sends one delivery and writes the attempt to the log. A failed attempt throws, so Payload's
 * queue retries it with exponential backoff; the last failure marks the delivery `failed`.
 */
export const deliverWebhookTask: TaskConfig<DeliverWebhookIO> = {
  slug: 'deliverWebhook',
  label: 'Deliver a webhook',
  inputSchema: [{ name: 'deliveryId', type: 'text', required: true }],
  outputSchema: [{ name: 'statusCode', type: 'number' }],
  retries: {
    attempts: WEBHOOK_MAX_ATTEMPTS - 1,
    backoff: { type: 'exponential', delay: WEBHOOK_BACKOFF_DELAY_MS },
  },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    // The log and the endpoints are admin-only; the queue works for the system, not a user.
    const system = { depth: 0, overrideAccess: true, req } as const
    const delivery = await payload.findByID({
      collection: 'webhook-deliveries',
      id: input.deliveryId,
      disableErrors: true,
      ...system,
    })
    // Nothing to send or log any more: not an error worth retrying.
    if (!delivery) return { output: {} }

    const attempts = (job.totalTried ?? 0) + 1
    const log = (data: Record<string, unknown>) =>
      payload.update({
        collection: 'webhook-deliveries',
        id: delivery.id,
        data: { attempts, ...data },
        ...system,
      })

    const endpointId = idOf(delivery.endpoint)
    const endpoint = endpointId
      ? await payload.findByID({
          collection: 'webhook-endpoints',
          id: endpointId,
          disableErrors: true,
          select: { active: true, secret: true, url: true },
          ...system,
        })
      : null
    if (!endpoint?.active || !endpoint.secret) {
      await log({
        status: 'failed',
        lastError: 'The endpoint was deleted or deactivated before the webhook could be sent.',
      })
      return { output: {} }
    }

    const body = JSON.stringify({ id: delivery.id, ...(delivery.payload as object) })
    const result = await sendWebhook({
      url: endpoint.url,
      secret: endpoint.secret,
      body,
      event: delivery.event,
      deliveryId: delivery.id,
    })
    if (result.ok) {
      await log({
        status: 'delivered',
        lastStatusCode: result.statusCode,
        lastError: null,
        deliveredAt: new Date().toISOString(),
      })
      return { output: { statusCode: result.statusCode } }
    }
    await log({
      status: attempts >= WEBHOOK_MAX_ATTEMPTS ? 'failed' : 'pending',
      lastStatusCode: result.statusCode,
      lastError: result.error,
    })
    throw new Error(`Webhook delivery ${delivery.id}, attempt ${attempts}: ${result.error}`)
  },
}
