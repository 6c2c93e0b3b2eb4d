import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { Public } from '../access/organizer.guard';
import { ENGINE_VERSION } from '../engine';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Ready when the database answers and takes writes: 503 with the reason when the writer is
   * stuck (a write running far past the busy timeout) or failing (the last write was refused by
   * the storage — a full disk, say — and a probe write still is).
   */
  @Public()
  @Get()
  async health(@Res({ passthrough: true }) res: Response) {
    await this.reads.manager.query('SELECT 1');
    const writer = await this.transactions.health();
    const database = this.reads.manager.connection.options.type;
    if (writer.ok) return { status: 'ok', engine: ENGINE_VERSION, database };
    res.status(503);
    return { status: 'failing', engine: ENGINE_VERSION, database, reason: writer.reason, detail: writer.detail, since: writer.since };
  }
}
