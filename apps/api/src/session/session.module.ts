// The console's sign-in: its configuration always; the development sign-in only where enabled.
import { Module, type DynamicModule } from '@nestjs/common';
import type { ApiConfig } from '../config';
import { InfraModule } from '../infra/infra.module';
import { DevSignIn } from './dev-sign-in';
import { DevSignInController, SessionConfigController } from './session.controller';

@Module({})
export class SessionModule {
  static forRoot(config: Pick<ApiConfig, 'MASAR_DEV_SIGN_IN'>): DynamicModule {
    return {
      module: SessionModule,
      imports: [InfraModule],
      controllers: config.MASAR_DEV_SIGN_IN ? [SessionConfigController, DevSignInController] : [SessionConfigController],
      providers: config.MASAR_DEV_SIGN_IN ? [DevSignIn] : [],
    };
  }
}
