import { APIError } from 'payload'
import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '@/access/hasRole'

/** The most documents one public API page returns. */
export const MAX_PAGE_SIZE = 100

const tooLarge = (limit: unknown) =>
  new APIError(
    `limit must be at most ${MAX_PAGE_SIZE} (got ${String(limit)}); use page=2, 3… for more.`,
    400,
    undefined,
    true,
  )

/**
 * Public API reads are paged: `limit` at most 100, and no `limit=0` / `pagination=false` (which
 * would return a whole collection in one response). A clear 400 rather than a silent clamp, so
 * a client never mistakes a capped page for the whole result. Staff (the admin panel), the Local
 * API and the server's own nested reads are not capped: over REST the caller's own query string
 * is judged, not the arguments of reads that hooks and resolvers make on its behalf.
 */
export const capReadLimits: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local' || isStaffUser(req.user)) return args
  if ((args as { overrideAccess?: boolean }).overrideAccess) return args
  if (req.payloadAPI === 'REST') {
    const { limit, pagination } = (req.query ?? {}) as {
      limit?: string | number
      pagination?: string | boolean
    }
    if (String(pagination) === 'false' || (limit !== undefined && Number(limit) === 0)) {
      throw new APIError(
        `pagination=false and limit=0 are not available on the public API; page through results with limit (at most ${MAX_PAGE_SIZE}) and page.`,
        400,
        undefined,
        true,
      )
    }
    if (limit !== undefined && Number(limit) > MAX_PAGE_SIZE) throw tooLarge(limit)
    return args
  }
  // GraphQL: the limit a query asked for (join resolvers ask for one more to see if there is a next page).
  const { limit } = args as { limit?: number }
  if (typeof limit === 'number' && limit > MAX_PAGE_SIZE + 1) throw tooLarge(limit)
  return args
}
