import type { CollectionBeforeChangeHook } from 'payload'

import type { Comment } from '@/payload-types'

import { SCREENING } from './screenSubmission'
import type { Screening } from './screenSubmission'

/** Writes the pipeline's verdict and the server-owned facts onto a new comment. */
export const applyScreening: CollectionBeforeChangeHook<Comment> = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const screening = (req.context as Record<string, unknown>)[SCREENING] as Screening | undefined
  if (!screening) return data
  const { decision, ipHash } = screening
  const email =
    typeof data.authorEmail === 'string' ? data.authorEmail.trim().toLowerCase() : data.authorEmail
  return {
    ...data,
    authorEmail: email,
    authorName: data.authorName?.trim() || req.user?.name || data.authorName,
    user: req.user?.collection === 'users' ? req.user.id : null,
    ipHash,
    status: decision.kind === 'store' ? decision.status : 'pending',
    featured: false,
    moderation: {
      reasons: decision.kind === 'store' ? decision.reasons : [],
      decidedAt: new Date().toISOString(),
    },
  }
}
