import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { LEAD_HOURS } from '../member-reminders';

export class MemberRemindersDto {
  @ApiProperty({ description: 'send each member a reminder before each session their group takes part in' })
  @IsBoolean()
  enabled!: boolean;

  @ApiProperty({ description: "how many hours before the group's first meeting of the session", minimum: LEAD_HOURS.min, maximum: LEAD_HOURS.max })
  @IsInt()
  @Min(LEAD_HOURS.min)
  @Max(LEAD_HOURS.max)
  leadHours!: number;

  @ApiPropertyOptional({
    description:
      'turn them on even though their links lead to an address that is not public (PUBLIC_URL unset or loopback); refused with 409 local_links otherwise',
  })
  @IsOptional()
  @IsBoolean()
  confirmLocalLinks?: boolean;
}
