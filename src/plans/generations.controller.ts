import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StartGenerationDto } from './dto/generation.dto';
import { GenerationService } from './generation.service';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('api/events/:id/generations')
export class GenerationsController {
  constructor(private readonly generations: GenerationService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Générer une grille en arrière-plan / generate a grid in the background; the result is a new draft version' })
  start(@Param('id') id: string, @Body() body: StartGenerationDto) {
    return this.generations.start(id, body);
  }

  @Get()
  list(@Param('id') id: string) {
    return this.generations.list(id);
  }

  @Get(':job')
  @ApiOperation({ summary: 'État et progression / status and progress (best metrics so far, elapsed)' })
  get(@Param('id') id: string, @Param('job') job: string) {
    return this.generations.get(id, job);
  }

  @Delete(':job')
  @ApiOperation({ summary: 'Annuler / cancel' })
  cancel(@Param('id') id: string, @Param('job') job: string) {
    return this.generations.cancel(id, job);
  }
}
