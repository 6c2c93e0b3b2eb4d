import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';

export class OrganizerDto {
  @ApiPropertyOptional({ example: 'Mission dialogue citoyen' })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  name?: string;

  @ApiPropertyOptional({ example: 'dialogue.citoyen@example.org' })
  @IsEmail()
  @Length(3, 254)
  email!: string;
}

export class EventOptionsDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(1_000) minMeetingsPerExpert?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10) themeMatchWeight?: number;
  @ApiPropertyOptional({ enum: ['fair', 'total'] }) @IsOptional() @IsIn(['fair', 'total']) objective?: 'fair' | 'total';
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(2_147_483_647) seed?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(100) @Max(600_000) timeLimitMs?: number;
}

/** The event's own fields; the lists inside it have their own routes. */
export class UpdateEventDto {
  @ApiPropertyOptional({ example: 'Convention citoyenne — auditions' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: 'Europe/Paris' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  timezone?: string;

  @ApiPropertyOptional({ example: 'Zoom' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  location?: string;

  @ApiPropertyOptional({ type: OrganizerDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizerDto)
  organizer?: OrganizerDto;

  @ApiPropertyOptional({ type: EventOptionsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EventOptionsDto)
  options?: EventOptionsDto;
}
