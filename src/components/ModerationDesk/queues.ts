import type { Where } from 'payload'

export const QUEUES = ['pending', 'reported', 'all'] as const
export type QueueName = (typeof QUEUES)[number]

export const QUEUE_LABELS: Record<QueueName, string> = {
  pending: 'Pending',
  reported: 'Reported',
  all: 'All',
}

/** Pending and reported comments; null where the server cannot say. */
export type DeskCounts = { pending: number | null; reported: number | null }

/** Comment statuses a moderator sets from the desk. */
export type DeskStatus = 'pending' | 'approved' | 'rejected' | 'spam'

/** `?queue=reported` picks the queue; anything else opens the pending queue. */
export const parseQueue = (value: unknown): QueueName => {
  const first: unknown = Array.isArray(value) ? value[0] : value
  return QUEUES.find((queue) => queue === first) ?? 'pending'
}

/**
 * What each queue holds, as Coral's queues do. Reported comments still up for a decision are the
 * approved ones readers flagged and those reports sent back to pending; a rejected or spam comment
 * has been dealt with.
 */
export const queueWhere = (queue: QueueName): Where | undefined => {
  if (queue === 'pending') return { status: { equals: 'pending' } }
  if (queue === 'reported') {
    return {
      and: [{ reportCount: { greater_than: 0 } }, { status: { in: ['pending', 'approved'] } }],
    }
  }
  return undefined
}

/** Oldest waiting first, most reported first, newest first. */
export const queueSort = (queue: QueueName): string => {
  if (queue === 'pending') return 'createdAt'
  if (queue === 'reported') return '-reportCount,createdAt'
  return '-createdAt'
}

/** After a decision a comment leaves the pending and reported queues; "all" keeps it in place. */
export const leavesQueueAfterDecision = (queue: QueueName): boolean => queue !== 'all'

export const PAGE_SIZE = 20

/** The REST query (for `qs-esm`'s `stringify`) that lists one page of a queue. */
export const queueQuery = (queue: QueueName, page: number): Record<string, unknown> => ({
  where: queueWhere(queue),
  sort: queueSort(queue),
  limit: PAGE_SIZE,
  page,
  depth: 1,
  // The article's title and slug and the parent's text are all the desk shows of them.
  populate: {
    articles: { title: true, slug: true },
    comments: { authorName: true, body: true },
    users: { name: true },
  },
})

/** `reportCount` arrives with reader reports; until the server has it, there is no reported queue. */
export const hasReportCount = (fields: readonly unknown[] | undefined): boolean =>
  Boolean(fields?.some((field) => (field as { name?: unknown }).name === 'reportCount'))
