import type { Access } from 'payload'

import { hasRole } from './hasRole'

export const canWriteMedia: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'journalist')
