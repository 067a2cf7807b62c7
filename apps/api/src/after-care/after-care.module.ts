// After 18: the autonomy plan and check-ins, actions on the case's pathway.
import { Module } from '@nestjs/common';
import { PathwayModule } from '../pathway/pathway.module';
import { AfterCareController } from './after-care.controller';

@Module({ imports: [PathwayModule], controllers: [AfterCareController] })
export class AfterCareModule {}
