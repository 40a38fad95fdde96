import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/hasRole'
import type { Article } from '@/payload-types'

const JOURNALIST_STATUSES = new Set(['writing', 'in_review'])

/**
 * Journalists move their story between writing and review; requesting changes and marking a story
 * ready is the desk's call. A hook, not a field validation, because drafts skip validation.
 */
export const guardEditorialStatus: CollectionBeforeChangeHook<Article> = ({
  data,
  originalDoc,
  req,
}) => {
  const status = data.editorialStatus
  if (!req.user || !status || status === originalDoc?.editorialStatus) return data
  if (JOURNALIST_STATUSES.has(status) || hasRole(req.user, 'admin', 'editor')) return data
  throw new ValidationError({
    collection: 'articles',
    errors: [
      {
        path: 'editorialStatus',
        message: 'Only editors can request changes or mark a story ready to publish.',
      },
    ],
    req,
  })
}
