import type { CollectionAfterChangeHook } from 'payload'

import type { Comment } from '@/payload-types'
import { idOf } from '@/utilities/requestLoader'

/** Every status or feature change is written to `moderation-events`: who, when, from, to. */
export const logModeration: CollectionAfterChangeHook<Comment> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || !previousDoc) return doc
  const changes: { action: string; from: string; to: string }[] = []
  if (doc.status !== previousDoc.status) {
    changes.push({ action: 'status', from: previousDoc.status ?? '', to: doc.status ?? '' })
  }
  if (Boolean(doc.featured) !== Boolean(previousDoc.featured)) {
    changes.push({
      action: 'featured',
      from: String(Boolean(previousDoc.featured)),
      to: String(Boolean(doc.featured)),
    })
  }
  for (const change of changes) {
    await req.payload.create({
      collection: 'moderation-events',
      data: {
        ...change,
        comment: doc.id,
        article: idOf(doc.article),
        actor: req.user?.id ?? null,
        note: (req.context as { moderationNote?: string }).moderationNote ?? null,
      },
      overrideAccess: true,
      req,
    })
  }
  return doc
}
