import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class SendAsPreviewedDto {
  /** The digest of the preview the organizer saw (invitations, members' links): what is sent must be what was shown. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  digest?: string;

  @ApiPropertyOptional({
    description: 'send even though the links lead to an address that is not public (PUBLIC_URL unset or loopback); refused with 409 local_links otherwise',
  })
  @IsOptional()
  @IsBoolean()
  confirmLocalLinks?: boolean;
}
