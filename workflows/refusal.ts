// A validator's refusal as the API reads it: the catalogue's code in the
// failure's type (libs/domain/refusals.ts), the English reason as its message.
// Validators leave no trace in the history, so neither the type nor the text
// is part of what a replay compares.
import { ApplicationFailure } from '@temporalio/workflow';
import { refusalType, type RefusalCode } from '../libs/domain/refusals';

export const refused = (code: RefusalCode, message: string): ApplicationFailure => ApplicationFailure.create({ type: refusalType(code), message, nonRetryable: true });
