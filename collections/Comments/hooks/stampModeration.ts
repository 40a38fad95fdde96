import type { CollectionBeforeChangeHook } from 'payload'

import type { Comment } from '@/payload-types'

/**
 * Who changed a comment's status or feature flag, and when, on the comment itself. A moderator's
 * decision on a status also settles the reader reports so far: the comment leaves the Reported
 * queue (the reports stay on record).
 */
export const stampModeration: CollectionBeforeChangeHook<Comment> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !req.user || !originalDoc) return data
  const settlesReports = data.status !== undefined && (originalDoc.reportCount ?? 0) > 0
  const changed =
    (data.status !== undefined && data.status !== originalDoc.status) ||
    (data.featured !== undefined && data.featured !== originalDoc.featured)
  if (!changed && !settlesReports) return data
  return {
    ...data,
    ...(settlesReports ? { reportCount: 0 } : {}),
    moderation: {
      ...originalDoc.moderation,
      ...data.moderation,
      decidedBy: req.user.id,
      decidedAt: new Date().toISOString(),
    },
  }
}
