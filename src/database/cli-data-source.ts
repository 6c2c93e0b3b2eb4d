/** For the TypeORM CLI: `npx typeorm -d dist/database/cli-data-source.js migration:show`. */
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source';

export default new DataSource(dataSourceOptions(loadConfig()));
