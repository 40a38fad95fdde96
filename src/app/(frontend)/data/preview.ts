import { draftMode, headers } from 'next/headers'

import { isStaffUser } from '@/access/hasRole'
import type { User } from '@/payload-types'

import { getPayloadClient } from './payload'

/**
 * The signed-in staff account previewing drafts, or null. Draft mode alone is not enough: the
 * cookie says "show me drafts", the staff session says who may see them.
 */
export const getPreviewUser = async (): Promise<User | null> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && user.collection === 'users' && isStaffUser(user) ? (user) : null
}
