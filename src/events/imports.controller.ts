import { Controller, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { MAX_BODY_MB } from '../common/body-limit';
import { InvalidInputError } from '../common/errors';
import { IfMatchRevision } from '../common/revision.decorator';
import { type Lang, message } from '../i18n';
import { RequestLang } from '../i18n/lang.decorator';
import { type ImportKind, type ImportOptions, SpreadsheetImportService } from './spreadsheet-import.service';

/** What Multer hands over for an uploaded file (the parts we use). */
interface UploadedSheet {
  originalname: string;
  buffer: Buffer;
}

const MAX_FILE_BYTES = MAX_BODY_MB * 1024 * 1024;

const fileBody = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } };
const confirmQuery = {
  name: 'confirmLinkChanges',
  required: false,
  enum: ['true'],
  description: 'a re-import that would change whose personal link is whose (409 link_changes): send again with true to go on',
};

/** CSV or XLSX uploads; the columns are documented in docs/import-format.md. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('api/events/:id/import')
export class ImportsController {
  constructor(private readonly imports: SpreadsheetImportService) {}

  @Post('experts')
  @ApiOperation({ summary: 'import experts (CSV, XLSX)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  @ApiQuery(confirmQuery)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES } }))
  experts(
    @Param('id') id: string,
    @UploadedFile() file: UploadedSheet | undefined,
    @IfMatchRevision() revision: number | undefined,
    @Query('confirmLinkChanges') confirm: string | undefined,
    @RequestLang() lang: Lang,
  ) {
    return this.run(id, 'experts', file, { revision, lang, confirmLinkChanges: confirm === 'true' });
  }

  @Post('groups')
  @ApiOperation({ summary: 'import groups, one member per row, and their wishes (CSV, XLSX)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  @ApiQuery(confirmQuery)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES } }))
  groups(
    @Param('id') id: string,
    @UploadedFile() file: UploadedSheet | undefined,
    @IfMatchRevision() revision: number | undefined,
    @Query('confirmLinkChanges') confirm: string | undefined,
    @RequestLang() lang: Lang,
  ) {
    return this.run(id, 'groups', file, { revision, lang, confirmLinkChanges: confirm === 'true' });
  }

  @Post('wishes')
  @ApiOperation({ summary: 'import wishes alone, as rows or a matrix (CSV, XLSX)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES } }))
  wishes(@Param('id') id: string, @UploadedFile() file: UploadedSheet | undefined, @IfMatchRevision() revision: number | undefined, @RequestLang() lang: Lang) {
    return this.run(id, 'wishes', file, { revision, lang, confirmLinkChanges: false });
  }

  private run(id: string, kind: ImportKind, file: UploadedSheet | undefined, options: ImportOptions) {
    return this.imports.import(id, kind, upload(file), options);
  }
}

function upload(file: UploadedSheet | undefined) {
  if (!file) throw new InvalidInputError(message('import.missingFile'), [{ path: 'file', message: message('import.missingFile') }]);
  return { name: file.originalname, content: file.buffer };
}
