import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { oneOf } from '../common/validation';
import { LinksService } from './links.service';

const KINDS = ['member', 'expert', 'group'] as const;

@ApiTags('links')
@ApiBearerAuth()
@Controller('api/events/:id/links')
export class LinksController {
  constructor(private readonly links: LinksService) {}

  @Get()
  @ApiOperation({ summary: "every member's, expert's and group's personal link" })
  list(@Param('id') id: string) {
    return this.links.links(id);
  }

  @Post(':kind/:key/reissue')
  @ApiOperation({ summary: 'revoke the link and issue a new one' })
  reissue(@Param('id') id: string, @Param('kind', oneOf('kind', KINDS)) kind: (typeof KINDS)[number], @Param('key') key: string) {
    return this.links.reissue(id, kind, key);
  }
}
