import type { Access, FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Admins reach every account; any other signed-in user reaches only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

/** Field-level twin of `adminOrSelf`: personal details (e-mail, roles) of one's own account. */
export const adminOrSelfField: FieldAccess = ({ req: { user }, id, doc }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return (doc?.id ?? id) === user.id
}
