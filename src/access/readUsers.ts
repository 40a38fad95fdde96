import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Admins and editors see the staff list (editors assign bylines); others see only themselves. */
export const readUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'editor')) return true
  return { id: { equals: user.id } }
}
