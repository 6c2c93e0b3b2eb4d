import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

export class PublishDto {
  @ApiPropertyOptional({ description: 'e-mail the members whose itinerary changes' })
  @IsOptional()
  @IsBoolean()
  notifyMembers?: boolean;
}
