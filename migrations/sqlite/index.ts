import * as migration_20261128_062635_initial from './20261128_062635_initial';

export const migrations = [
  {
    up: migration_20261128_062635_initial.up,
    down: migration_20261128_062635_initial.down,
    name: '20261128_062635_initial'
  },
];
