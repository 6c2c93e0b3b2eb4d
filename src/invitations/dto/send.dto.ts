import { IsOptional, IsString, MaxLength } from 'class-validator';

export class SendAsPreviewedDto {
  /** The digest of the preview the organizer saw (invitations, members' links): what is sent must be what was shown. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  digest?: string;
}
