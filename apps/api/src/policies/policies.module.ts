// The deadline policy as data, per province.
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { GetPolicyUseCase } from './get-policy.use-case';
import { PoliciesController } from './policies.controller';
import { SetPolicyRuleUseCase } from './set-policy-rule.use-case';

@Module({
  imports: [InfraModule],
  controllers: [PoliciesController],
  providers: [GetPolicyUseCase, SetPolicyRuleUseCase],
  exports: [GetPolicyUseCase, SetPolicyRuleUseCase],
})
export class PoliciesModule {}
