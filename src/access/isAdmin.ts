import type { Access, ClientUser, FieldAccess } from 'payload'

import { hasRole } from './hasRole'

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** Admin-only collections stay out of other staff's navigation (access still decides). */
export const hiddenUnlessAdmin = ({ user }: { user: ClientUser }): boolean =>
  !hasRole(user as { roles?: string[] | null }, 'admin')
