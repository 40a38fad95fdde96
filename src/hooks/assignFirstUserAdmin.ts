import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * The first account on an empty database becomes an admin, whatever the client sent. Later
 * accounts keep the roles an admin gave them (the `roles` field is admin-only).
 */
export const assignFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  // A system check, not a read on the caller's behalf: it must see every account.
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs > 0) return data
  return { ...data, roles: ['admin'] }
}
