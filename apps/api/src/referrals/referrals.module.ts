// Referrals: the coordinator orients the child to a provider (a referral
// workflow starts); the provider accepts or declines, starts and completes.
import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { InfraModule } from '../infra/infra.module';
import { PathwayModule } from '../pathway/pathway.module';
import { RecordStoreModule } from '../record/record-store.module';
import { CreateReferralUseCase } from './create-referral.use-case';
import { GetReferralUseCase } from './get-referral.use-case';
import { ListReferralsUseCase } from './list-referrals.use-case';
import { ReferralAccess } from './referral-access';
import { ReferralActions } from './referral-actions';
import { ReferralsController } from './referrals.controller';

const USE_CASES = [CreateReferralUseCase, ListReferralsUseCase, GetReferralUseCase, ReferralActions];

@Module({
  imports: [InfraModule, CaseAccessModule, PathwayModule, RecordStoreModule],
  controllers: [ReferralsController],
  providers: [ReferralAccess, ...USE_CASES],
  exports: USE_CASES,
})
export class ReferralsModule {}
