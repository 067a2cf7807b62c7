// What the indicators answer in JSON (the CSV forms carry the same cells).
// The computations own their types; these schemas document them and the
// compiler holds them to those types (describing).
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CATEGORIES, type Category } from '../../../../libs/domain/taxonomy';
import { describing } from '../common/schemas';
import { satisfactionSchema } from '../satisfaction/schemas';
import { BREAKDOWNS, INDICATORS, LEVELS, type Breakdowns } from './breakdown';
import type { Indicators } from './compute-indicators';
import type { Diagnosis } from './diagnosis';

/** A published count: the number, "< N" (too small to publish) or "x" (would give a small one back); rates as they are. */
const figure = z.union([z.number(), z.string()]);
const suppressed = z.enum(['PRIMARY', 'COMPLEMENTARY']).optional();
const legend = z.object({ threshold: z.number().int(), shownAs: z.string(), complementaryShownAs: z.string() });

export const indicatorsSchema = describing<Indicators>()(
  z.object({
    from: z.string(),
    to: z.string(),
    provinceCode: z.string().nullable(),
    rows: z.array(z.object({ provinceCode: z.string(), indicator: z.string(), dimension: z.string(), value: figure })),
  }),
);
export class IndicatorsDto extends createZodDto(indicatorsSchema) {}

const scope = z.object({ levels: z.array(z.enum(LEVELS)), regionCode: z.string().optional(), provinceCode: z.string().optional() });

export const breakdownsSchema = describing<Breakdowns>()(
  z.object({
    from: z.string(),
    to: z.string(),
    scope,
    suppression: legend.extend({ note: z.string() }),
    cells: z.array(
      z.object({
        indicator: z.enum(INDICATORS),
        level: z.enum(LEVELS),
        territory: z.string().describe('the nation (MA), the region’s code or the province’s code'),
        regionCode: z.string().nullable(),
        provinceCode: z.string().nullable(),
        breakdown: z.enum(BREAKDOWNS),
        sex: z.string().nullable(),
        ageBand: z.string().nullable(),
        category: z.string().nullable(),
        entryPoint: z.string().nullable(),
        value: figure,
        suppressed,
      }),
    ),
  }),
);
export class BreakdownsDto extends createZodDto(breakdownsSchema) {}

const pressFigure = z.object({ indicator: z.enum(INDICATORS), value: figure, suppressed, bySex: z.record(z.string(), figure).describe('girls and boys') });
export const pressFiguresSchema = z.object({
  from: z.string(),
  to: z.string(),
  level: z.enum(LEVELS),
  territory: z.string(),
  suppression: legend.extend({ note: z.string() }),
  figures: z.record(z.string(), pressFigure).describe('childrenIntegrated, backToSchool, intoVocationalTraining, socialEmergencyInterventions'),
});
export type PressFigures = z.infer<typeof pressFiguresSchema>;
export class PressFiguresDto extends createZodDto(pressFiguresSchema) {}

const city = z.object({
  provinceCode: z.string().describe('the city (province or prefecture); TOTAL for the total'),
  childrenProtected: figure,
  girls: figure,
  boys: figure,
  returnedToFamily: figure,
  backToSchool: figure,
});
export const beggingSchema = z.object({
  from: z.string(),
  to: z.string(),
  category: z.enum(Object.keys(CATEGORIES) as [Category, ...Category[]]),
  cities: z.array(city),
  total: city,
  suppression: legend,
});
export type BeggingFigures = z.infer<typeof beggingSchema>;
export class BeggingDto extends createZodDto(beggingSchema) {}

export const judicialSchema = z.object({
  from: z.string(),
  to: z.string(),
  provinces: z.array(
    z.object({
      provinceCode: z.string(),
      reportsToProsecutor: z.number().int(),
      redirectionsSocialToJudicial: z.number().int(),
      redirectionsJudicialToSocial: z.number().int(),
      courtOrders: z.number().int(),
      courtReportsSent: z.number().int(),
      courtReportsOnTime: z.number().int(),
      courtReportsLate: z.number().int(),
      measuresAwaitingProvider: z.number().int(),
    }),
  ),
});
export type JudicialIndicators = z.infer<typeof judicialSchema>;
export class JudicialDto extends createZodDto(judicialSchema) {}

const yearOnYear = z.object({ current: figure, previous: figure });
const names = z.object({ fr: z.string(), ar: z.string() });
const period = z.object({ from: z.string(), to: z.string() });
export const diagnosisSchema = describing<Diagnosis>()(
  z.object({
    provinceCode: z.string(),
    province: names,
    year: z.number().int(),
    period,
    previousPeriod: period,
    suppression: z.object({ threshold: z.number().int(), shownAs: z.string() }),
    indicators: z.array(yearOnYear.extend({ indicator: z.enum(INDICATORS) })),
    overdueSteps: z.array(z.object({ level: z.number().int(), count: figure })),
    escalations: z.array(z.object({ level: z.number().int(), role: z.string(), count: figure })),
    referralAcceptance: z.array(z.object({ organisationId: z.string(), name: names, decided: figure, accepted: figure, withinDeadline: figure, medianHours: z.number().nullable() })),
    redirections: z.object({ judicialToSocial: yearOnYear, socialToJudicial: yearOnYear }),
    afterCare: z.object({ entries: yearOnYear, checkIns: figure, autonomyReached: figure }),
    complaints: z.object({ received: yearOnYear, answered: figure, answeredInTime: figure, byChannel: z.array(z.object({ channel: z.string(), count: figure })) }),
    satisfaction: satisfactionSchema,
  }),
);
export class DiagnosisDto extends createZodDto(diagnosisSchema) {}
