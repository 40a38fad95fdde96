import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Comment } from '@/payload-types'
import { idOf } from '@/utilities/requestLoader'

import { announce } from '../publicChange'
import type { PublicChangeListener } from '../publicChange'

const articleIds = (...docs: (Partial<Comment> | null | undefined)[]) => [
  ...new Set(docs.map((doc) => idOf(doc?.article)).filter((id): id is string => !!id)),
]

/** Readers see approved comments only: a change matters when the comment is or was approved. */
export const announceCommentChange =
  (listener: PublicChangeListener): CollectionAfterChangeHook<Comment> =>
  async ({ doc, previousDoc, req }) => {
    if ((req.context as { honeypot?: boolean }).honeypot) return doc
    if (doc.status === 'approved' || previousDoc?.status === 'approved') {
      await announce(
        listener,
        { collection: 'comments', kind: 'updated', articleIds: articleIds(doc, previousDoc) },
        req,
      )
    }
    return doc
  }

export const announceCommentDelete =
  (listener: PublicChangeListener): CollectionAfterDeleteHook<Comment> =>
  async ({ doc, req }) => {
    if (doc.status === 'approved') {
      await announce(
        listener,
        { collection: 'comments', kind: 'updated', articleIds: articleIds(doc) },
        req,
      )
    }
    return doc
  }
