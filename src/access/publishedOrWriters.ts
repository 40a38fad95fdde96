import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** The newsroom's writers (journalists, editors, admins) read every article, drafts included. */
export const publishedOrWriters: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'journalist')) return true
  return { _status: { equals: 'published' } }
}
