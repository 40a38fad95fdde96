import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

import type { Comment } from '@/payload-types'
import { idOf } from '@/utilities/requestLoader'

import { SCREENING } from './screenSubmission'

/**
 * Comments attach only to published articles. The message is the same for a draft and for an
 * article that does not exist, so it reveals nothing about unpublished work. A client's
 * submission was already judged by the moderation pipeline (`checkArticleOpen`), so only the
 * server's own writes (seed, imports) are looked up here.
 */
export const requirePublishedArticle: CollectionBeforeValidateHook<Comment> = async ({
  data = {},
  operation,
  req,
}) => {
  if (operation !== 'create' || (req.context as Record<string, unknown>)[SCREENING]) return data
  const articleId = idOf(data.article)
  const found = articleId
    ? await req.payload.count({
        collection: 'articles',
        // Looked up as a reader would see it: only published articles exist for commenting.
        overrideAccess: true,
        req,
        where: { and: [{ id: { equals: articleId } }, { _status: { equals: 'published' } }] },
      })
    : { totalDocs: 0 }
  if (found.totalDocs === 0) {
    throw new ValidationError({
      collection: 'comments',
      errors: [{ path: 'article', message: 'This article is not open for comments.' }],
      req,
    })
  }
  return data
}
