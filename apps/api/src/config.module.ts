// The API's validated configuration, given once to the root module. The one
// global provider: it is the input every other module is built from (the
// infrastructure's clients, the pathway gateway, the authenticator), like
// @nestjs/config's isGlobal. Everything else is imported explicitly.
import { Module, type DynamicModule } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from './config';

@Module({})
export class ApiConfigModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return { module: ApiConfigModule, global: true, providers: [{ provide: API_CONFIG, useValue: config }], exports: [API_CONFIG] };
  }
}
