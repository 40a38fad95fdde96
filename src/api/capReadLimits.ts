import { APIError } from 'payload'
import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '@/access/hasRole'

/** The most documents one public API page returns. */
export const MAX_PAGE_SIZE = 100

/**
 * Public API reads are paged: `limit` at most 100, and no `limit=0` / `pagination=false` (which
 * would return a whole collection in one response). A clear 400 rather than a silent clamp, so
 * a client never mistakes a capped page for the whole result. Staff (the admin panel) and the
 * Local API are not capped.
 */
export const capReadLimits: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local' || isStaffUser(req.user)) return args
  const { limit, pagination } = args as { limit?: number | string; pagination?: boolean | string }
  if (pagination === false || pagination === 'false' || Number(limit) === 0) {
    throw new APIError(
      `pagination=false and limit=0 are not available on the public API; page through results with limit (at most ${MAX_PAGE_SIZE}) and page.`,
      400,
      undefined,
      true,
    )
  }
  if (limit !== undefined && Number(limit) > MAX_PAGE_SIZE) {
    throw new APIError(
      `limit must be at most ${MAX_PAGE_SIZE} (got ${String(limit)}); use page=2, 3… for more.`,
      400,
      undefined,
      true,
    )
  }
  return args
}
