import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Readers (and journalists) see approved comments; the moderation desk sees every comment. */
export const approvedOrModerators: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'moderator')) return true
  return { status: { equals: 'approved' } }
}
