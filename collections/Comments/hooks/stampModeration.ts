import type { CollectionBeforeChangeHook } from 'payload'

import type { Comment } from '@/payload-types'

/** Who changed a comment's status or feature flag, and when, on the comment itself. */
export const stampModeration: CollectionBeforeChangeHook<Comment> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !req.user || !originalDoc) return data
  const changed =
    (data.status !== undefined && data.status !== originalDoc.status) ||
    (data.featured !== undefined && data.featured !== originalDoc.featured)
  if (!changed) return data
  return {
    ...data,
    moderation: {
      ...originalDoc.moderation,
      ...data.moderation,
      decidedBy: req.user.id,
      decidedAt: new Date().toISOString(),
    },
  }
}
