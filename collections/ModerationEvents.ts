import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/isServer'
import { isModerator } from '@/access/isModerator'

/** The moderation log: one row per change of a comment's status or feature flag. */
export const ModerationEvents: CollectionConfig = {
  slug: 'moderation-events',
  labels: { singular: 'Moderation event', plural: 'Moderation log' },
  admin: {
    group: 'Moderation',
    defaultColumns: ['createdAt', 'actor', 'action', 'from', 'to', 'comment'],
    useAsTitle: 'action',
  },
  access: { create: () => false, delete: () => false, read: isModerator, update: () => false },
  defaultSort: '-createdAt',
  fields: [
    { name: 'comment', type: 'relationship', relationTo: 'comments', index: true },
    { name: 'article', type: 'relationship', relationTo: 'articles', index: true },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      admin: { description: 'Empty: the system (e.g. reader reports).' },
    },
    { name: 'action', type: 'text', required: true, access: { update: nobody } },
    { name: 'from', type: 'text' },
    { name: 'to', type: 'text' },
    { name: 'note', type: 'text' },
  ],
}
