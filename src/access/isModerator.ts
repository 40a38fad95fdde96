import type { Access, FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Who runs the comment desk: moderators, editors and admins. */
export const isModerator: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'moderator')

export const isModeratorField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'moderator')
