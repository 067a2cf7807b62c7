// The codec endpoint of the Temporal UI and CLI (decode only), and the browser session that lets the UI use it.
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { InfraModule } from '../infra/infra.module';
import { CodecAccess } from './codec-access';
import { CodecController, CodecSessionController } from './codec.controller';
import { DecodePayloadsUseCase } from './decode-payloads.use-case';

@Module({
  imports: [InfraModule, AuthModule],
  controllers: [CodecController, CodecSessionController],
  providers: [DecodePayloadsUseCase, CodecAccess],
  exports: [DecodePayloadsUseCase, CodecAccess],
})
export class CodecModule {}
