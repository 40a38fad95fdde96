import type { ServerProps } from 'payload'

import { canModerate } from './canModerate'
import { countQueues } from './countQueues'
import { ModerationCounts } from './ModerationCounts'

/** `admin.components.beforeNavLinks`: the queue counts on every admin page, for the desk only. */
export const ModerationNavCounts = async ({ payload, user }: ServerProps) => {
  if (!canModerate(user)) return null
  return <ModerationCounts initial={await countQueues(payload, user)} placement="nav" />
}

/** `admin.components.beforeDashboard`: the queue counts where the desk lands after signing in. */
export const ModerationDashboardCounts = async ({ payload, user }: ServerProps) => {
  if (!canModerate(user)) return null
  return <ModerationCounts initial={await countQueues(payload, user)} placement="dashboard" />
}
