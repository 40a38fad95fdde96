import * as migration_20261128_052129_initial from './20261128_052129_initial';

export const migrations = [
  {
    up: migration_20261128_052129_initial.up,
    down: migration_20261128_052129_initial.down,
    name: '20261128_052129_initial'
  },
];
