/** A version as a file: the exchange format, CSV, XLSX, a printable grid, or Zoom's room list. */
import { Injectable } from '@nestjs/common';
import { InvalidInputError, NotFoundError } from '../common/errors';
import type { Lang } from '../i18n';
import { said } from './messages';
import { toCsv, toPrintableHtml, toXlsx, toZoomRoomsCsv } from './export';
import { PlansService } from './plans.service';

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'html', 'zoom'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  contentType: string;
  body: string | Buffer;
  inline: boolean;
}

@Injectable()
export class ExportsService {
  constructor(private readonly plans: PlansService) {}

  /** `lang` words the CSV's heads, the workbook's and the printed page's labels (Zoom's file stays Zoom's English). */
  async export(eventId: string, number: number, format: ExportFormat, lang: Lang, round?: string): Promise<ExportFile> {
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new NotFoundError(said('plans.unknown_export', { format, formats: [...EXPORT_FORMATS] }));
    }
    const { instance, schedule, audit } = await this.plans.schedule(eventId, number);
    const base = `grille-v${number}`;
    switch (format) {
      case 'json':
        return { name: `${base}.json`, contentType: 'application/json; charset=utf-8', body: JSON.stringify(schedule, null, 2), inline: false };
      case 'csv':
        return { name: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: toCsv(instance, schedule, audit, lang), inline: false };
      case 'xlsx':
        return {
          name: `${base}.xlsx`,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          body: await toXlsx(instance, schedule, audit, lang),
          inline: false,
        };
      case 'html':
        return { name: `${base}.html`, contentType: 'text/html; charset=utf-8', body: toPrintableHtml(instance, schedule, audit, lang), inline: true };
      case 'zoom': {
        if (!round || !instance.rounds.some((r) => r.id === round)) {
          throw new InvalidInputError(said('plans.zoom_round', { rounds: instance.rounds.map((r) => r.id) }), [
            { path: 'round', message: said('plans.zoom_round', { rounds: instance.rounds.map((r) => r.id) }) },
          ]);
        }
        return { name: `zoom-${round}-v${number}.csv`, contentType: 'text/csv; charset=utf-8', body: toZoomRoomsCsv(instance, schedule, round), inline: false };
      }
    }
  }
}
