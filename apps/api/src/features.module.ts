// The feature folders beyond reports and cases.
import { Module } from '@nestjs/common';
import { AfterCareController } from './after-care/after-care.controller';
import { AuditController } from './audit/audit.controller';
import { JudicialController } from './judicial/judicial.controller';
import { ReferralAccess } from './referrals/referral-access';
import { ReferralsController } from './referrals/referrals.controller';
import { ReviewsController } from './reviews/reviews.controller';
import { CasesModule } from './cases/cases.module';
import { CodecController } from './codec/codec.controller';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { ComplaintsController } from './complaints/complaints.controller';
import { DirectoryController } from './directory/directory.controller';
import { MeController } from './directory/me.controller';
import { IndicatorsController } from './indicators/indicators.controller';
import { PoliciesController } from './policies/policies.controller';
import { SupervisionController } from './supervision/supervision.controller';

@Module({
  imports: [CasesModule, DeliveriesModule],
  controllers: [
    AuditController,
    AfterCareController,
    CodecController,
    ComplaintsController,
    DirectoryController,
    MeController,
    IndicatorsController,
    JudicialController,
    PoliciesController,
    ReferralsController,
    ReviewsController,
    SupervisionController,
  ],
  providers: [ReferralAccess],
})
export class FeaturesModule {}
