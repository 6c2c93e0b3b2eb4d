import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Min, ValidateNested } from 'class-validator';

export class OrganizerDto {
  @ApiPropertyOptional({ example: 'Mission dialogue citoyen' })
  @IsOptional()
  @IsString()
  @Length(0, 300)
  name?: string;

  @ApiPropertyOptional({ example: 'dialogue.citoyen@example.org' })
  @IsEmail()
  email!: string;
}

export class EventOptionsDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) minMeetingsPerExpert?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) themeMatchWeight?: number;
  @ApiPropertyOptional({ enum: ['fair', 'total'] }) @IsOptional() @IsIn(['fair', 'total']) objective?: 'fair' | 'total';
  @ApiPropertyOptional() @IsOptional() @IsInt() seed?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) timeLimitMs?: number;
}

/** The event's own fields; the lists inside it have their own routes. */
export class UpdateEventDto {
  @ApiPropertyOptional({ example: 'Convention citoyenne — auditions' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  name?: string;

  @ApiPropertyOptional({ example: 'Europe/Paris' })
  @IsOptional()
  @IsString()
  timezone?: string;

  @ApiPropertyOptional({ example: 'Zoom' })
  @IsOptional()
  @IsString()
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
