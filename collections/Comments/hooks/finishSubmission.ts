import type { CollectionAfterChangeHook } from 'payload'

import { readerNotice } from '@/moderation/readerNotice'
import type { Comment } from '@/payload-types'

import { SCREENING } from './screenSubmission'
import type { Screening } from './screenSubmission'

/**
 * Tells the reader what became of the comment. A bot caught by the honeypot gets the same
 * answer as a held comment, while the row is removed again inside the same transaction.
 */
export const finishSubmission: CollectionAfterChangeHook<Comment> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const screening = (req.context as Record<string, unknown>)[SCREENING] as Screening | undefined
  if (!screening) return doc
  if (screening.decision.kind === 'drop') {
    await req.payload.delete({
      collection: 'comments',
      id: doc.id,
      overrideAccess: true,
      req,
      context: { ...req.context, honeypot: true },
    })
    return { ...doc, submission: readerNotice(screening.decision) }
  }
  return { ...doc, submission: readerNotice(screening.decision) }
}
