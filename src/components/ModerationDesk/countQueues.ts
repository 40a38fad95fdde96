import type { Payload, ServerProps, Where } from 'payload'

import type { DeskCounts } from './queues'
import { hasReportCount, queueWhere } from './queues'

/** The queue sizes as this user may see them: the same access rules as the REST API. */
export const countQueues = async (
  payload: Payload,
  user: ServerProps['user'],
): Promise<DeskCounts> => {
  const count = async (where: Where | undefined): Promise<number | null> => {
    try {
      const { totalDocs } = await payload.count({
        collection: 'comments',
        overrideAccess: false,
        user,
        where,
      })
      return totalDocs
    } catch {
      return null
    }
  }
  const reportsTracked = hasReportCount(payload.collections.comments?.config.flattenedFields)
  const [pending, reported] = await Promise.all([
    count(queueWhere('pending')),
    reportsTracked ? count(queueWhere('reported')) : null,
  ])
  return { pending, reported }
}
