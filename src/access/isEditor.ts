import type { Access, FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Editors and admins: the people who publish and run the desk. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

export const isEditorField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
