import { hasRole } from '@/access/hasRole'

/** Who works the moderation desk; the server's access rules decide again on every request. */
export const canModerate = (user: { roles?: string[] | null } | null | undefined): boolean =>
  hasRole(user, 'admin', 'editor', 'moderator')
