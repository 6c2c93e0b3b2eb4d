import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Reads } from '../database/reads';
import { Public } from '../access/organizer.guard';
import { ENGINE_VERSION } from '../engine/solve';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(private readonly reads: Reads) {}

  /** Ready when the database answers. */
  @Public()
  @Get()
  async health() {
    await this.reads.manager.query('SELECT 1');
    return { status: 'ok', engine: ENGINE_VERSION, database: this.reads.manager.connection.options.type };
  }
}
