import * as migration_20261128_062650_initial from './20261128_062650_initial';
import * as migration_20261128_081638_webhooks from './20261128_081638_webhooks';

export const migrations = [
  {
    up: migration_20261128_062650_initial.up,
    down: migration_20261128_062650_initial.down,
    name: '20261128_062650_initial',
  },
  {
    up: migration_20261128_081638_webhooks.up,
    down: migration_20261128_081638_webhooks.down,
    name: '20261128_081638_webhooks'
  },
];
