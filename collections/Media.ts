import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { canWriteMedia } from '@/access/canWriteMedia'
import type { SanitizedNewsroomOptions } from '@/plugin/types'

export const createMediaCollection = (options: SanitizedNewsroomOptions): CollectionConfig => ({
  slug: 'media',
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit'] },
  access: {
    create: canWriteMedia,
    delete: canWriteMedia,
    read: anyone,
    update: canWriteMedia,
  },
  upload: {
    mimeTypes: ['image/*'],
    // Fetching a URL from the server is an SSRF risk and rarely what a newsroom wants.
    pasteURL: false,
    staticDir: options.mediaDir,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for readers who cannot see it.' },
    },
    { name: 'caption', type: 'textarea' },
    { name: 'credit', type: 'text', admin: { description: 'Photographer / agency.' } },
  ],
})
