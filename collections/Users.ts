import type { CollectionConfig } from 'payload'

import { adminOrSelf, adminOrSelfField } from '@/access/adminOrSelf'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { readUsers } from '@/access/readUsers'
import { assignFirstUserAdmin } from '@/hooks/assignFirstUserAdmin'
import { ROLES } from '@/plugin/types'
import type { SanitizedNewsroomOptions } from '@/plugin/types'

const roleLabels: Record<(typeof ROLES)[number], string> = {
  admin: 'Admin',
  editor: 'Editor',
  journalist: 'Journalist',
  moderator: 'Moderator',
}

export const createUsersCollection = (options: SanitizedNewsroomOptions): CollectionConfig => ({
  slug: 'users',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles'] },
  auth: {
    cookies: { sameSite: 'Lax', secure: options.secureCookies },
  },
  access: {
    admin: isStaff,
    create: isAdmin,
    delete: isAdmin,
    read: readUsers,
    readVersions: isAdmin,
    unlock: isAdmin,
    update: adminOrSelf,
  },
  hooks: {
    beforeChange: options.enabled && options.firstUserIsAdmin ? [assignFirstUserAdmin] : [],
  },
  fields: [
    // Merged onto Payload's own e-mail field: editors see the staff list by name only.
    { name: 'email', type: 'email', access: { read: adminOrSelfField } },
    { name: 'name', type: 'text', required: true },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      options: ROLES.map((value) => ({ label: roleLabels[value], value })),
      saveToJWT: true,
      access: {
        create: isAdminField,
        read: adminOrSelfField,
        update: isAdminField,
      },
      admin: {
        description: 'Only admins can change roles. The first account created is an admin.',
      },
    },
    { name: 'bio', type: 'textarea' },
    { name: 'avatar', type: 'upload', relationTo: 'media' },
    ...options.userFields,
  ],
})
