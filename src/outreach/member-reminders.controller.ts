import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MemberRemindersDto } from './dto/member-reminders.dto';
import { MemberRemindersService } from './member-reminders.service';

@ApiTags('outreach')
@ApiBearerAuth()
@Controller('api/events/:id/member-reminders')
export class MemberRemindersController {
  constructor(private readonly reminders: MemberRemindersService) {}

  @Get()
  @ApiOperation({ summary: "the members' reminder before each session: on or off, how long ahead, what went and what comes next" })
  status(@Param('id') id: string) {
    return this.reminders.status(id);
  }

  @Put()
  @ApiOperation({
    summary:
      "turn the members' reminders on or off, and say how many hours ahead they go (409 if their links lead to an address that is not public and confirmLocalLinks is not set)",
  })
  update(@Param('id') id: string, @Body() body: MemberRemindersDto) {
    return this.reminders.update(id, { enabled: body.enabled, leadHours: body.leadHours }, body.confirmLocalLinks);
  }
}
