import * as migration_20261128_052312_initial from './20261128_052312_initial';
import * as migration_20261128_055016_content_model from './20261128_055016_content_model';

export const migrations = [
  {
    up: migration_20261128_052312_initial.up,
    down: migration_20261128_052312_initial.down,
    name: '20261128_052312_initial',
  },
  {
    up: migration_20261128_055016_content_model.up,
    down: migration_20261128_055016_content_model.down,
    name: '20261128_055016_content_model'
  },
];
