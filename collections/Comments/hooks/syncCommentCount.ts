import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Comment } from '@/payload-types'
import { idOf } from '@/utilities/requestLoader'

/**
 * `commentCount` is a recount of approved comments, written in the same transaction as the
 * comment change (it passes `req`), straight to the stored article so no new version is made.
 * The article row is written first: that write takes the row lock, so concurrent comments on
 * one article recount one after another and each count sees the ones committed before it.
 */
const recount = async (req: PayloadRequest, articleId: string | null) => {
  if (!articleId) return
  await req.payload.db.updateOne({
    collection: 'articles',
    id: articleId,
    data: { commentCount: -1 },
    req,
    returning: false,
  })
  const { totalDocs } = await req.payload.count({
    collection: 'comments',
    overrideAccess: true,
    req,
    where: { and: [{ article: { equals: articleId } }, { status: { equals: 'approved' } }] },
  })
  await req.payload.db.updateOne({
    collection: 'articles',
    id: articleId,
    data: { commentCount: totalDocs },
    req,
    returning: false,
  })
}

export const syncCommentCountAfterChange: CollectionAfterChangeHook<Comment> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if ((req.context as { honeypot?: boolean }).honeypot) return doc
  const articles = new Set([idOf(doc.article), idOf(previousDoc?.article)].filter(Boolean))
  const statusMatters = doc.status === 'approved' || previousDoc?.status === 'approved'
  if (statusMatters) for (const id of articles) await recount(req, id)
  return doc
}

export const syncCommentCountAfterDelete: CollectionAfterDeleteHook<Comment> = async ({
  doc,
  req,
}) => {
  if (doc.status === 'approved') await recount(req, idOf(doc.article))
  return doc
}
