import * as migration_20261128_062650_initial from './20261128_062650_initial';

export const migrations = [
  {
    up: migration_20261128_062650_initial.up,
    down: migration_20261128_062650_initial.down,
    name: '20261128_062650_initial'
  },
];
