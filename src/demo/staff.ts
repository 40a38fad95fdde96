import type { Role } from '@/plugin/types'

import { DEMO_ADMIN } from './ensureDemoAdmin'

export type DemoStaffKey = 'admin' | 'editor' | 'journalist' | 'journalist2' | 'moderator'

export type DemoAccount = {
  key: DemoStaffKey
  role: Role
  name: string
  email: string
  password: string
  bio?: string
}

/** One account per role (two journalists), with demo passwords printed after seeding. */
export const DEMO_STAFF: readonly DemoAccount[] = [
  {
    key: 'admin',
    role: 'admin',
    name: DEMO_ADMIN.name,
    email: DEMO_ADMIN.email,
    password: DEMO_ADMIN.password,
  },
  {
    key: 'editor',
    role: 'editor',
    name: 'Dana Whitfield',
    email: 'editor@newsroom.test',
    password: 'newsroom-editor',
    bio: 'Foreign desk editor.',
  },
  {
    key: 'journalist',
    role: 'journalist',
    name: 'Mara Lindqvist',
    email: 'journalist@newsroom.test',
    password: 'newsroom-journalist',
    bio: 'Reports on Europe, the Arctic and trade.',
  },
  {
    key: 'journalist2',
    role: 'journalist',
    name: 'Karim Haddad',
    email: 'journalist2@newsroom.test',
    password: 'newsroom-journalist2',
    bio: 'Reports on the Middle East and Central Asia.',
  },
  {
    key: 'moderator',
    role: 'moderator',
    name: 'Sam Ortiz',
    email: 'moderator@newsroom.test',
    password: 'newsroom-moderator',
    bio: 'Looks after reader comments.',
  },
]
