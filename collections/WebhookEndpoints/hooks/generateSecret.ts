import { randomBytes } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import type { WebhookEndpoint } from '@/payload-types'

/** 32 random bytes, hex: as strong as the HMAC-SHA256 key it becomes. */
const SECRET_BYTES = 32

/**
 * An endpoint left without a secret gets one from the server. On update an absent secret is kept;
 * a cleared one (empty string) is replaced, which is how an admin rotates it.
 */
export const generateSecret: CollectionBeforeChangeHook<WebhookEndpoint> = ({
  data,
  operation,
}) => {
  if (operation === 'update' && data.secret === undefined) return data
  if (typeof data.secret === 'string' && data.secret.trim()) return data
  return { ...data, secret: randomBytes(SECRET_BYTES).toString('hex') }
}
