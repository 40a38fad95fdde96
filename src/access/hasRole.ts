import type { Role } from '@/plugin/types'

type MaybeUser = { roles?: string[] | null } | null | undefined

/** The one place that answers "does this user hold one of these roles?". */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as readonly string[]).includes(role)))

/** Any newsroom role at all: the user is staff and may use the admin panel. */
export const isStaffUser = (user: MaybeUser): boolean =>
  hasRole(user, 'admin', 'editor', 'journalist', 'moderator')
