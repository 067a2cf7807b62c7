// Complaints: recorded by any actor, answered by the province's supervising
// authorities; a complaint about a case has a response deadline and a ladder.
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { PathwayModule } from '../pathway/pathway.module';
import { ComplainantReplies } from './complainant-replies';
import { ComplaintsController } from './complaints.controller';
import { CreateComplaintUseCase } from './create-complaint.use-case';
import { ListComplaintsUseCase } from './list-complaints.use-case';
import { RespondToComplaintUseCase } from './respond-to-complaint.use-case';

const USE_CASES = [CreateComplaintUseCase, RespondToComplaintUseCase, ListComplaintsUseCase];

@Module({ imports: [InfraModule, PathwayModule], controllers: [ComplaintsController], providers: [...USE_CASES, ComplainantReplies], exports: USE_CASES })
export class ComplaintsModule {}
