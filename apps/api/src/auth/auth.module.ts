// One Authenticator for the guard, the rate limiter and the queue board, so a
// request's credentials are verified once.
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { Authenticator } from './authenticator';

@Module({ imports: [InfraModule], providers: [Authenticator], exports: [Authenticator] })
export class AuthModule {}
