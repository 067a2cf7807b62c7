// Periodic reviews of a case and of a placement: actions on the case's pathway.
import { Module } from '@nestjs/common';
import { PathwayModule } from '../pathway/pathway.module';
import { ReviewsController } from './reviews.controller';

@Module({ imports: [PathwayModule], controllers: [ReviewsController] })
export class ReviewsModule {}
