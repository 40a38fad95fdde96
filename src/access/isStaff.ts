import type { PayloadRequest } from 'payload'

import { isStaffUser } from './hasRole'

/** Who may open the admin panel: anyone holding a newsroom role. */
export const isStaff = ({ req: { user } }: { req: PayloadRequest }): boolean => isStaffUser(user)
