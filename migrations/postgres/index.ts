import * as migration_20261128_055559_initial from './20261128_055559_initial';

export const migrations = [
  {
    up: migration_20261128_055559_initial.up,
    down: migration_20261128_055559_initial.down,
    name: '20261128_055559_initial'
  },
];
