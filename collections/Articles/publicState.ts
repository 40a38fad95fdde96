import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import type { Article } from '@/payload-types'

export type ArticleTransition = 'published' | 'updated' | 'unpublished'

type Status = Article['_status']

const STORED = 'newsroom:storedArticleStatus'

const storedStatuses = (req: PayloadRequest): Map<string, Status> => {
  const context = req.context as Record<string, unknown>
  context[STORED] ??= new Map<string, Status>()
  return context[STORED] as Map<string, Status>
}

/**
 * Notes whether the stored story is published before a save that may change it. Payload hands
 * `afterChange` the latest *version* as `previousDoc`, which after a draft edit is a draft even
 * though readers still see the published story; only the stored document tells. Draft saves
 * never touch the stored document, so they are not looked up.
 */
export const rememberStoredStatus: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const { draft, id } = args as { draft?: boolean; id?: number | string }
  if (operation !== 'update' || draft || id === undefined) return args
  const stored = await req.payload.db.findOne<Pick<Article, 'id' | '_status'>>({
    collection: 'articles',
    where: { id: { equals: id } },
    select: { _status: true },
    req,
  })
  storedStatuses(req).set(String(id), stored?._status ?? null)
  return args
}

/**
 * What an `afterChange` of a story means for readers: first publish, an edit of a published
 * story, an unpublish — or nothing (a draft save or autosave).
 */
export const articleTransition = ({
  doc,
  previousDoc,
  req,
}: {
  doc: Pick<Article, 'id' | '_status'>
  previousDoc?: { _status?: Status } | null
  req: PayloadRequest
}): ArticleTransition | null => {
  const statuses = storedStatuses(req)
  const key = String(doc.id)
  // Without a stored status this save was a create or a draft save.
  const wasPublished = statuses.has(key)
    ? statuses.get(key) === 'published'
    : previousDoc?._status === 'published' && doc._status === 'published'
  if (doc._status === 'published') return wasPublished ? 'updated' : 'published'
  return statuses.has(key) && wasPublished ? 'unpublished' : null
}
