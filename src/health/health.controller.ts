import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../access/organizer.guard';
import { ENGINE_VERSION } from '../engine/solve';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** Ready when the database answers. */
  @Public()
  @Get()
  async health() {
    await this.db.query('SELECT 1');
    return { status: 'ok', engine: ENGINE_VERSION, database: this.db.options.type };
  }
}
