import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/** `publishedAt` is stamped by the server on first publish and kept from then on. */
export const setPublishedAt: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  const publishedAt = originalDoc?.publishedAt ?? null
  if (publishedAt) return { ...data, publishedAt }
  if (data._status === 'published') return { ...data, publishedAt: new Date().toISOString() }
  return { ...data, publishedAt: null }
}
