// The service directory and the territory (reference data), and the signed-in user's own entry (/me).
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { DirectoryController } from './directory.controller';
import { GetMyProfileUseCase } from './get-my-profile.use-case';
import { ListOrganisationsUseCase } from './list-organisations.use-case';
import { ListProvincesUseCase } from './list-provinces.use-case';
import { MeController } from './me.controller';
import { SetPreferencesUseCase } from './set-preferences.use-case';
import { UserProfiles } from './user-profiles';

const USE_CASES = [ListOrganisationsUseCase, ListProvincesUseCase, GetMyProfileUseCase, SetPreferencesUseCase];

@Module({
  imports: [InfraModule],
  controllers: [DirectoryController, MeController],
  providers: [UserProfiles, ...USE_CASES],
  exports: USE_CASES,
})
export class DirectoryModule {}
