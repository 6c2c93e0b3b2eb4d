import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsObject, IsString, Length, Max, Min, ValidateIf, ValidateNested } from 'class-validator';

export class GroupInRoundDto {
  @ApiProperty({ example: 'r3' }) @IsString() @Length(1, 100) round!: string;
  @ApiProperty({ example: 'g2' }) @IsString() @Length(1, 100) group!: string;
}

export class CellDto {
  @ApiProperty({ example: 'r4' }) @IsString() @Length(1, 100) round!: string;
  @ApiProperty({ example: 't7' }) @IsString() @Length(1, 100) table!: string;
}

export class MeetingDto {
  @ApiProperty() @IsString() @Length(1, 100) round!: string;
  @ApiProperty() @IsString() @Length(1, 100) table!: string;
  @ApiProperty() @IsString() @Length(1, 100) expert!: string;
  @ApiProperty() @IsString() @Length(1, 100) group!: string;
}

/**
 * One hand change of a draft. The object an op needs is required (IsDefined): without it,
 * ValidateNested lets `undefined` through. `move`: the group's meeting of `from.round` goes to the cell `to`
 * (joining the expert who sits there); `swap`: two groups trade places; `add` / `remove` a meeting.
 */
export class AdjustmentDto {
  @ApiProperty({ description: 'the revision you read (409 if it changed)' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  revision!: number;

  @ApiProperty({ enum: ['move', 'swap', 'add', 'remove'] })
  @IsIn(['move', 'swap', 'add', 'remove'])
  op!: 'move' | 'swap' | 'add' | 'remove';

  @ApiPropertyOptional({ type: GroupInRoundDto })
  @ValidateIf((o: AdjustmentDto) => o.op !== 'add')
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => GroupInRoundDto)
  from?: GroupInRoundDto;

  @ApiPropertyOptional({ type: CellDto })
  @ValidateIf((o: AdjustmentDto) => o.op === 'move')
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CellDto)
  to?: CellDto;

  @ApiPropertyOptional({ type: GroupInRoundDto })
  @ValidateIf((o: AdjustmentDto) => o.op === 'swap')
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => GroupInRoundDto)
  with?: GroupInRoundDto;

  @ApiPropertyOptional({ type: MeetingDto })
  @ValidateIf((o: AdjustmentDto) => o.op === 'add')
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => MeetingDto)
  meeting?: MeetingDto;
}
