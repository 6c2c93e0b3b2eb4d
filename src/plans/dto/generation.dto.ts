import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

export class StartGenerationDto {
  @ApiPropertyOptional({ description: "seed (default: the event's options.seed, else 1)" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  seed?: number;

  @ApiPropertyOptional({ description: 'time limit, ms', example: 10000 })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(600_000)
  timeLimitMs?: number;

  @ApiPropertyOptional({
    description: 'run even while another generation of the event runs (else it waits its turn)',
  })
  @IsOptional()
  @IsBoolean()
  parallel?: boolean;
}
