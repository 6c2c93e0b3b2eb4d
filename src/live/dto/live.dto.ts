import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class DelayDto {
  @ApiProperty({ example: 'r5', description: 'the first round moved' })
  @IsString()
  @Length(1, 100)
  fromRound!: string;

  @ApiProperty({ example: 10, description: 'minutes later (negative: earlier)' })
  @IsInt()
  @Min(-240)
  @Max(24 * 60)
  minutes!: number;

  @ApiPropertyOptional({ description: 'e-mail the members whose itinerary changes' })
  @IsOptional()
  @IsBoolean()
  notifyMembers?: boolean;
}

export class DropRoundsDto {
  @ApiProperty({ example: 'r12', description: 'the first round cancelled' })
  @IsString()
  @Length(1, 100)
  fromRound!: string;

  @ApiPropertyOptional({ description: 'e-mail the members whose itinerary changes' })
  @IsOptional()
  @IsBoolean()
  notifyMembers?: boolean;
}

export class MarkDto {
  @ApiProperty({ enum: ['expert', 'group', 'table'] })
  @IsIn(['expert', 'group', 'table'])
  kind!: 'expert' | 'group' | 'table';

  @ApiProperty({ example: 'e7' })
  @IsString()
  @Length(1, 100)
  key!: string;

  @ApiProperty({
    enum: ['absent', 'late'],
    description: 'late: arrives for `round`; absent: from `round` on (default: all event); a table: closed from `round`',
  })
  @IsIn(['absent', 'late'])
  status!: 'absent' | 'late';

  @ApiPropertyOptional({ example: 'r4' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  round?: string;

  @ApiPropertyOptional({ example: 'train en retard' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  note?: string;
}

export class ReplanDto {
  @ApiPropertyOptional({ example: 'r6', description: 'the first round replanned (default: the next one not started)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  from?: string;
}
