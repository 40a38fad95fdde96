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
    adminThumbnail: 'card',
    focalPoint: true,
    imageSizes: [
      { name: 'card', width: 640, height: 360, position: 'centre' },
      { name: 'hero', width: 1600, height: 900, position: 'centre' },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
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
