import { Controller, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MAX_BODY_MB } from '../common/body-limit';
import { InvalidInputError } from '../common/errors';
import { IfMatchRevision } from '../common/revision.decorator';
import { SpreadsheetImportService } from './spreadsheet-import.service';

/** What Multer hands over for an uploaded file (the parts we use). */
interface UploadedSheet {
  originalname: string;
  buffer: Buffer;
}

const MAX_FILE_BYTES = MAX_BODY_MB * 1024 * 1024;

const fileBody = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } };

/** CSV or XLSX uploads; the columns are documented in docs/import-format.md. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('api/events/:id/import')
export class ImportsController {
  constructor(private readonly imports: SpreadsheetImportService) {}

  @Post('experts')
  @ApiOperation({ summary: 'Importer les experts (CSV, XLSX) / import experts' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES } }))
  experts(@Param('id') id: string, @UploadedFile() file: UploadedSheet | undefined, @IfMatchRevision() revision?: number) {
    return this.imports.import(id, 'experts', upload(file), revision);
  }

  @Post('groups')
  @ApiOperation({ summary: 'Importer les groupes, un membre par ligne (CSV, XLSX) / import groups, one member per row' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES } }))
  groups(@Param('id') id: string, @UploadedFile() file: UploadedSheet | undefined, @IfMatchRevision() revision?: number) {
    return this.imports.import(id, 'groups', upload(file), revision);
  }
}

function upload(file: UploadedSheet | undefined) {
  if (!file) throw new InvalidInputError('fichier manquant : envoyez-le dans le champ « file » / missing file: send it in the "file" field');
  return { name: file.originalname, content: file.buffer };
}
