import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class StartGenerationDto {
  @ApiPropertyOptional({ description: 'graine / seed (default: the event\'s options.seed, else 1)' })
  @IsOptional()
  @IsInt()
  seed?: number;

  @ApiPropertyOptional({ description: 'temps de calcul maximal / time limit, ms', example: 10000 })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(600_000)
  timeLimitMs?: number;
}
