import { IsOptional, IsString, MaxLength } from 'class-validator';

export class SendInvitationsDto {
  /** The digest of the preview the organizer saw: what is sent must be what was shown. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  digest?: string;
}
