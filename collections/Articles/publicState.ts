import type { PayloadRequest } from 'payload'

import type { Article } from '@/payload-types'

export type ArticleTransition = 'published' | 'updated' | 'unpublished'

type Status = Article['_status']

/**
 * What an `afterChange` of an article means for readers. A draft save never touches the stored
 * (published) document, so `doc` is a draft both when an editor saves a draft over a published
 * story and when the story is unpublished: only the stored status tells them apart.
 */
export const articleTransition = async ({
  doc,
  previousDoc,
  req,
}: {
  doc: Pick<Article, 'id' | '_status'>
  previousDoc?: { _status?: Status } | null
  req: PayloadRequest
}): Promise<ArticleTransition | null> => {
  const wasPublished = previousDoc?._status === 'published'
  if (doc._status === 'published') return wasPublished ? 'updated' : 'published'
  if (!wasPublished) return null
  const stored = await req.payload.db.findOne<Pick<Article, 'id' | '_status'>>({
    collection: 'articles',
    where: { id: { equals: doc.id } },
    req,
  })
  return stored?._status === 'draft' ? 'unpublished' : null
}
