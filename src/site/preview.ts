import { createHmac, timingSafeEqual } from 'node:crypto'

import { resolveSecret } from '@/config/env'

export const PREVIEW_ROUTE = '/next/preview'

/** A secret derived from the app's own: the admin builds preview links with it, nobody else can. */
export const previewSecret = (secret = resolveSecret()) =>
  createHmac('sha256', secret).update('newsroom:preview').digest('hex')

export const isPreviewSecret = (given: string | null, secret = resolveSecret()): boolean => {
  const expected = Buffer.from(previewSecret(secret))
  const actual = Buffer.from(given ?? '')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** The link the admin's preview and live preview open for a story. */
export const previewURL = (serverURL: string, slug: string) =>
  `${serverURL}${PREVIEW_ROUTE}?slug=${encodeURIComponent(slug)}&secret=${previewSecret()}`
