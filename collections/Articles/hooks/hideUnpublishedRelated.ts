import type { CollectionAfterReadHook } from 'payload'

import { hasRole } from '@/access/hasRole'
import type { Article } from '@/payload-types'
import { idOf, requestLoader } from '@/utilities/requestLoader'

/**
 * Readers must not learn that a related draft exists, not even its id: Payload leaves the id of a
 * relation the reader may not populate. Staff who read drafts see every relation.
 */
export const hideUnpublishedRelated: CollectionAfterReadHook<Article> = async ({ doc, req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'journalist')) return doc
  const related = doc.relatedArticles ?? []
  if (!related.length) return doc
  const loader = requestLoader<true>(req, 'publishedArticleIds', async (keys) => {
    // The one question asked is "is it published?", for ids already stored on a published story.
    const { docs } = await req.payload.find({
      collection: 'articles',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { slug: true },
      where: { and: [{ id: { in: [...keys] } }, { _status: { equals: 'published' } }] },
    })
    const published = new Set(docs.map((article) => String(article.id)))
    return keys.map((key) => (published.has(key) ? true : null))
  })
  const ids = related.map(idOf).filter((id): id is string => Boolean(id))
  const answers = await loader.loadMany(ids)
  const publishedIds = new Set(ids.filter((_, index) => answers[index] === true))
  return { ...doc, relatedArticles: related.filter((item) => publishedIds.has(idOf(item) ?? '')) }
}
