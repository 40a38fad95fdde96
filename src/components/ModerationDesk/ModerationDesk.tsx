import type { BeforeListServerProps } from 'payload'

import { canModerate } from './canModerate'
import { countQueues } from './countQueues'
import { ModerationQueue } from './ModerationQueue'
import { parseQueue } from './queues'

/**
 * The comments collection's `admin.components.beforeList`: the moderation queue above Payload's own
 * table, for moderators, editors and admins. Everyone else sees the plain list.
 */
export const ModerationDesk = async ({ payload, searchParams, user }: BeforeListServerProps) => {
  if (!canModerate(user)) return null
  return (
    <ModerationQueue
      initialCounts={await countQueues(payload, user)}
      initialQueue={parseQueue(searchParams?.queue)}
    />
  )
}
