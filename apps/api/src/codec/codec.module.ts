// The codec endpoint of the Temporal UI and CLI.
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { CodecController } from './codec.controller';
import { DecodePayloadsUseCase } from './decode-payloads.use-case';
import { EncodePayloadsUseCase } from './encode-payloads.use-case';

@Module({ imports: [InfraModule], controllers: [CodecController], providers: [DecodePayloadsUseCase, EncodePayloadsUseCase], exports: [DecodePayloadsUseCase, EncodePayloadsUseCase] })
export class CodecModule {}
