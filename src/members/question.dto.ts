import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** The member page's question form (a plain form post). The 500-character rule is the service's, to answer in the page. */
export class QuestionDto {
  @ApiProperty({ description: 'expert key' })
  @IsString()
  @MaxLength(100)
  expert!: string;

  @ApiProperty({ maxLength: 500 })
  @IsString()
  @MaxLength(5000)
  text!: string;
}
