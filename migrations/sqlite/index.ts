import * as migration_20261128_062635_initial from './20261128_062635_initial';
import * as migration_20261128_081619_webhooks from './20261128_081619_webhooks';

export const migrations = [
  {
    up: migration_20261128_062635_initial.up,
    down: migration_20261128_062635_initial.down,
    name: '20261128_062635_initial',
  },
  {
    up: migration_20261128_081619_webhooks.up,
    down: migration_20261128_081619_webhooks.down,
    name: '20261128_081619_webhooks'
  },
];
