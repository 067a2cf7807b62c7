// The persons of a case, their referrals, and the family's follow-up visits.
import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { InfraModule } from '../infra/infra.module';
import { PathwayModule } from '../pathway/pathway.module';
import { ReferralsModule } from '../referrals/referrals.module';
import { CasePersons } from './case-persons';
import { PersonSeal } from './person-seal';
import { PersonsController } from './persons.controller';

@Module({
  imports: [InfraModule, CaseAccessModule, PathwayModule, ReferralsModule],
  controllers: [PersonsController],
  providers: [PersonSeal, CasePersons],
})
export class PersonsModule {}
