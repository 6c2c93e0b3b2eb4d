import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Lang, type Said, wordStored } from '../i18n';
import { RequestLang } from '../i18n/lang.decorator';
import { StartGenerationDto } from './dto/generation.dto';
import { GenerationService } from './generation.service';

/** A job as the request's language reads it: its problems (conflicts, errors) worded. */
const worded = <J extends { problems: unknown[] | null }>(job: J, lang: Lang) => ({
  ...job,
  problems: job.problems && wordStored(job.problems as { message: Said }[], lang),
});

@ApiTags('plans')
@ApiBearerAuth()
@Controller('api/events/:id/generations')
export class GenerationsController {
  constructor(private readonly generations: GenerationService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'generate a grid in the background; the result is a new draft version',
    description:
      'Runs now if a worker is free, else waits its turn (`queued`, with its `position`); one per event at a time unless `parallel`; 429 with Retry-After when too many wait.',
  })
  start(@Param('id') id: string, @Body() body: StartGenerationDto) {
    return this.generations.start(id, body);
  }

  @Get()
  async list(@Param('id') id: string, @RequestLang() lang: Lang) {
    return (await this.generations.list(id)).map((job) => worded(job, lang));
  }

  @Get(':job')
  @ApiOperation({ summary: 'status and progress (best metrics so far, elapsed; place in the queue while `queued`)' })
  async get(@Param('id') id: string, @Param('job') job: string, @RequestLang() lang: Lang) {
    return worded(await this.generations.get(id, job), lang);
  }

  @Delete(':job')
  @ApiOperation({ summary: 'cancel' })
  async cancel(@Param('id') id: string, @Param('job') job: string, @RequestLang() lang: Lang) {
    return worded(await this.generations.cancel(id, job), lang);
  }
}
